import { CognitoError } from 'cognito-local/lib/errors.js';
import { createPasswordVerifierChallenge, signaturesMatch, type PasswordVerifierChallenge } from './srp-verifier';

interface PendingChallenge {
  readonly clientId: string;
  readonly userId: string;
  readonly password: string;
  readonly challenge: PasswordVerifierChallenge;
  readonly expiresAt: number;
}

/** Cognito lets a PASSWORD_VERIFIER challenge be answered within a few minutes. */
const challengeLifetimeMs = 5 * 60 * 1000;

export const incorrectCredentials = () => new CognitoError('NotAuthorizedException', 'Incorrect username or password.');

/**
 * Pending USER_SRP_AUTH challenges, keyed by the SECRET_BLOCK the client echoes back as
 * PASSWORD_CLAIM_SECRET_BLOCK (Cognito keeps its state in that block too).
 */
export class SrpChallenges {
  private readonly pending = new Map<string, PendingChallenge>();

  start(clientId: string, poolName: string, userId: string, password: string, srpA: string): PasswordVerifierChallenge {
    this.prune();
    const challenge = createPasswordVerifierChallenge(poolName, userId, password, srpA);
    this.pending.set(challenge.secretBlock, { clientId, userId, password, challenge, expiresAt: Date.now() + challengeLifetimeMs });
    return challenge;
  }

  /** Resolves with the user id and password the proof was made with, or throws NotAuthorizedException. */
  verify(clientId: string, secretBlock: string, timestamp: string, signature: string): { userId: string; password: string } {
    const entry = this.pending.get(secretBlock);
    this.pending.delete(secretBlock);
    if (!entry || entry.clientId !== clientId || entry.expiresAt < Date.now()) throw incorrectCredentials();
    if (!signaturesMatch(entry.challenge.expectedSignature(timestamp), signature)) throw incorrectCredentials();
    return { userId: entry.userId, password: entry.password };
  }

  private prune(): void {
    const now = Date.now();
    for (const [key, entry] of this.pending) if (entry.expiresAt < now) this.pending.delete(key);
  }
}
