import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

export type AuthorizationMode = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS';

export interface Authorization {
  mode: AuthorizationMode;
  /** The verified token's claims (user pool mode only). */
  jwt?: JWTPayload;
}

/** Refused before any resolver runs; AppSync answers these with HTTP 401 and `errorType` below. */
export class UnauthorizedError extends Error {
  readonly errorType = 'UnauthorizedException';
}

export type RequestAuthorizer = (headers: Record<string, string | string[] | undefined>) => Promise<Authorization>;

/**
 * Decides the authorization mode of one request the way AppSync does, and verifies its credential:
 * an `x-api-key` must be this API's key; an `Authorization` JWT must be signed by a key of the user
 * pool's JWKS, issued by the user pool, unexpired, and an id or access token. The simulator trusts
 * any decodable JWT, so nothing reaches it unverified. SigV4 (IAM) requests are refused: nothing
 * local can verify them, and the generated resolvers give IAM callers without a Cognito identity
 * full access.
 */
export function createRequestAuthorizer(options: { apiKey: string; issuer: string; jwksUrl: string }): RequestAuthorizer {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl));
  return async (headers) => {
    const apiKey = header(headers, 'x-api-key');
    const authorization = header(headers, 'authorization');
    if (apiKey !== undefined) {
      if (apiKey !== options.apiKey) throw new UnauthorizedError('You are not authorized to make this call.');
      return { mode: 'API_KEY' };
    }
    if (!authorization) throw new UnauthorizedError('Valid authorization header not provided.');
    if (authorization.startsWith('AWS4-HMAC-SHA256')) {
      throw new UnauthorizedError('IAM (SigV4) authorization is not available in the local cloud.');
    }
    const token = authorization.replace(/^Bearer\s+/i, '');
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: options.issuer, algorithms: ['RS256'] });
      if (payload['token_use'] !== 'id' && payload['token_use'] !== 'access') {
        throw new UnauthorizedError('Valid authorization header not provided.');
      }
      return { mode: 'AMAZON_COGNITO_USER_POOLS', jwt: payload };
    } catch (error) {
      if (error instanceof UnauthorizedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthorizedError('Token has expired.');
      throw new UnauthorizedError('Valid authorization header not provided.');
    }
  };
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}
