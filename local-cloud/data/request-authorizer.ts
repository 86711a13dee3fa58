import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { SigV4Error, SigV4Verifier, type Credentials } from '../http/sigv4-verifier';
import { localAccountId, region } from '../service';
import type { FunctionIdentity } from '../wiring/function-identities';
import { localApiId } from './data-api-definition';

export type AuthorizationMode = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS' | 'AWS_IAM';

/** `$ctx.identity` of an IAM caller as AppSync builds it for an assumed role (no Cognito identity). */
export interface IamCaller {
  accountId: string;
  userArn: string;
  username: string;
  /** The caller's IAM policy: may it run this top-level field (`appsync:GraphQL` on the field's ARN)? */
  mayCall(typeName: string, fieldName: string): boolean;
}

export interface Authorization {
  mode: AuthorizationMode;
  /** The verified token's claims (user pool mode only). */
  jwt?: JWTPayload;
  /** The verified signer (IAM mode only). */
  iam?: IamCaller;
}

/** One request to authorize; `signed` is what a SigV4 signature covers (absent on the realtime socket). */
export interface AuthorizationRequest {
  headers: Record<string, string | string[] | undefined>;
  signed?: { method: string; rawPath: string; query: Record<string, string>; body: Buffer };
}

/** IAM callers: the local functions, each signing with the shared key pair and its own session token. */
export interface IamOptions {
  credentials: Credentials;
  callerFor(sessionToken: string | undefined): FunctionIdentity | undefined;
}

/** Refused before any resolver runs; AppSync answers these with HTTP 401 and `errorType` below. */
export class UnauthorizedError extends Error {
  readonly errorType = 'UnauthorizedException';
}

export type RequestAuthorizer = (request: AuthorizationRequest) => Promise<Authorization>;

/**
 * Decides the authorization mode of one request the way AppSync does, and verifies its credential:
 * an `x-api-key` must be this API's key; an `Authorization` JWT must be signed by a key of the user
 * pool's JWKS, issued by the user pool, unexpired, and an id or access token. The simulator trusts
 * any decodable JWT, so nothing reaches it unverified. A SigV4 (IAM) request must be signed for
 * AppSync with the local functions' key pair over exactly this method, path, headers and body, and
 * carry the session token of one function: it then runs as that function's execution role, whose
 * policies decide field by field (`mayCall`), as IAM does before AppSync's resolvers give a role
 * without a Cognito identity full access.
 */
export function createRequestAuthorizer(options: { apiKey: string; issuer: string; jwksUrl: string; iam?: IamOptions }): RequestAuthorizer {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl));
  const verifier = options.iam && new SigV4Verifier(options.iam.credentials, { service: 'appsync', uriEscapePath: true });
  const apiArn = `arn:aws:appsync:${region}:${localAccountId}:apis/${localApiId}`;
  return async ({ headers, signed }) => {
    const apiKey = header(headers, 'x-api-key');
    const authorization = header(headers, 'authorization');
    if (apiKey !== undefined) {
      if (apiKey !== options.apiKey) throw new UnauthorizedError('You are not authorized to make this call.');
      return { mode: 'API_KEY' };
    }
    if (!authorization) throw new UnauthorizedError('Valid authorization header not provided.');
    if (authorization.startsWith('AWS4-HMAC-SHA256')) {
      if (!verifier || !options.iam || !signed) throw new UnauthorizedError('IAM (SigV4) authorization is not available here.');
      let sessionToken: string | undefined;
      try {
        ({ sessionToken } = await verifier.verify({
          method: signed.method,
          rawPath: signed.rawPath,
          query: signed.query,
          headers: singleValued(headers),
          bodySha256: createHash('sha256').update(signed.body).digest('hex'),
        }));
      } catch (error) {
        if (error instanceof SigV4Error) throw new UnauthorizedError(error.message);
        throw error;
      }
      const caller = options.iam.callerFor(sessionToken);
      if (!caller) throw new UnauthorizedError('The security token included in the request is invalid.');
      return {
        mode: 'AWS_IAM',
        iam: {
          accountId: localAccountId,
          userArn: caller.assumedRoleArn,
          username: `${caller.roleName}:${caller.functionName}`,
          mayCall: (typeName, fieldName) => caller.allows('appsync:GraphQL', `${apiArn}/types/${typeName}/fields/${fieldName}`),
        },
      };
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

function singleValued(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(',') : value]));
}
