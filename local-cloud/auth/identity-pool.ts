import { createHash, randomUUID } from 'node:crypto';
import { CognitoError } from 'cognito-local/lib/errors.js';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { region } from '../service';
import type { ApiHandler, ApiRequest } from './user-pool-api';

export interface IdentityPoolOptions {
  identityPoolId: string;
  /** `${issuerDomain}/${userPoolId}`: the only provider whose ID tokens are accepted in Logins. */
  issuer: string;
  jwks: JSONWebKeySet;
  /** Handed to every identity; the local S3 must be started with the same pair to accept their signatures. */
  credentials: IdentityCredentials;
}

export interface IdentityCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** Default static credentials for every local identity (the local cloud has no IAM). */
export const localIdentityCredentials: IdentityCredentials = { accessKeyId: 'LOCALIDENTITYKEY', secretAccessKey: 'local-identity-secret' };

function identityIdFor(sub: string): string {
  const hex = createHash('sha256').update(sub).digest('hex');
  return `${region}:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A stand-in for the two Cognito identity-pool calls Amplify makes (GetId, GetCredentialsForIdentity):
 * signed-in users get a stable identity derived from their sub, guests a fresh one.
 */
export function identityPoolApi(options: IdentityPoolOptions): Record<string, ApiHandler> {
  const keys = createLocalJWKSet(options.jwks);
  const providerName = options.issuer.replace(/^https?:\/\//, '');

  async function signedInSub(request: ApiRequest): Promise<string | undefined> {
    const logins = (request['Logins'] ?? {}) as Record<string, string>;
    const entries = Object.entries(logins);
    if (entries.length === 0) return undefined;
    const token = logins[providerName];
    if (!token) throw new CognitoError('NotAuthorizedException', `Invalid login token. Unknown provider: ${entries[0]![0]}`);
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: options.issuer });
      if (payload['token_use'] !== 'id' || !payload.sub) throw new Error('not an ID token');
      return payload.sub;
    } catch (error) {
      throw new CognitoError('NotAuthorizedException', `Invalid login token. ${(error as Error).message}`);
    }
  }

  function assertPool(request: ApiRequest): void {
    if (request['IdentityPoolId'] !== undefined && request['IdentityPoolId'] !== options.identityPoolId) {
      throw new CognitoError('ResourceNotFoundException', `IdentityPool '${String(request['IdentityPoolId'])}' not found.`);
    }
  }

  return {
    async GetId(request) {
      assertPool(request);
      const sub = await signedInSub(request);
      return { IdentityId: sub ? identityIdFor(sub) : `${region}:${randomUUID()}` };
    },
    async GetCredentialsForIdentity(request) {
      const identityId = request['IdentityId'];
      if (typeof identityId !== 'string' || !identityId.startsWith(`${region}:`)) {
        throw new CognitoError('ResourceNotFoundException', 'Identity not found.');
      }
      const sub = await signedInSub(request);
      // Like Cognito, a guest identity presented with a login becomes (merges into) that user's identity.
      return {
        IdentityId: sub ? identityIdFor(sub) : identityId,
        Credentials: {
          AccessKeyId: options.credentials.accessKeyId,
          SecretKey: options.credentials.secretAccessKey,
          SessionToken: 'local-identity-session',
          Expiration: Math.floor(Date.now() / 1000) + 3600,
        },
      };
    },
  };
}
