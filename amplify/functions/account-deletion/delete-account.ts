import { AdminDeleteUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { requireEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { deleteOwnRecords } from './own-records';
import { endSubscription } from './end-subscription';

/** Endpoint, region and credentials come from the standard AWS SDK environment variables. */
const cognito = new CognitoIdentityProviderClient({});

export interface AccountOwner {
  readonly sub: string;
  /** The Cognito username (the token's `username`), which AdminDeleteUser takes. */
  readonly username: string;
}

/**
 * The order makes a half-done deletion safe. Stripe first: if it fails nothing is gone and the user
 * can retry, and no deleted account is ever billed again. The Cognito user next: from then on no one
 * can sign in to an account whose data is being removed (deleting data first could leave a working
 * sign-in with nothing behind it, and a browser-side deleteUser() afterwards could be skipped by a
 * closed tab). The records last, each delete idempotent; a failure there is logged with the sub for
 * an operator to finish, and the records are unreachable meanwhile (owner rules need a token of that
 * sub). Orders are kept for accounting.
 */
export async function deleteAccount(owner: AccountOwner): Promise<void> {
  await endSubscription(owner.sub);
  await deleteCognitoUser(owner.username);
  try {
    await deleteOwnRecords(owner.sub);
  } catch (error) {
    logger.error('Account deleted in Cognito but its records were not all removed', { sub: owner.sub, error: error instanceof Error ? error : String(error) });
    throw error;
  }
  logger.info('Account deleted', { sub: owner.sub });
}

async function deleteCognitoUser(username: string): Promise<void> {
  try {
    await cognito.send(new AdminDeleteUserCommand({ UserPoolId: requireEnv('USER_POOL_ID'), Username: username }));
  } catch (error) {
    // A retry after the user was already deleted carries on with the records.
    if (!(error instanceof Error && error.name === 'UserNotFoundException')) throw error;
  }
}
