import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { listen } from '../http/listen';
import { ports as defaultPorts, region, type InvokeFunction, type RunningService } from '../service';
import { createAuthAdmin, type AuthAdmin } from './auth-admin';
import { createAuthProxy } from './auth-proxy';
import { startCognitoLocal } from './cognito-local';
import { identityPoolApi, localIdentityCredentials, type IdentityCredentials } from './identity-pool';
import { mailboxDelivery } from './mail-delivery';
import { FileMailbox, type Mailbox } from './mailbox';
import { postConfirmationTrigger } from './post-confirmation-trigger';
import { userPoolApi } from './user-pool-api';
import { ensureUserPool, userPoolDefaults } from './user-pool-setup';
import { markEmailVerified } from './user-records';

export type { AuthAdmin } from './auth-admin';
export type { Mailbox, MailMessage, MailPurpose } from './mailbox';
export { localIdentityCredentials, type IdentityCredentials } from './identity-pool';

export interface StartAuthOptions {
  /** Directory that holds this service's state (user pool, mailbox, ids); survives restarts. */
  stateDir: string;
  /** Runs the project's handlers; called with 'post-confirmation' and a Cognito PostConfirmation event. */
  invoke: InvokeFunction;
  log?: (line: string) => void;
  /** Defaults to ports.auth / ports.cognitoLocal; 0 picks free ports (tests). */
  ports?: { auth: number; cognitoLocal: number };
  /** What GetCredentialsForIdentity hands out (give the local S3 the same pair); defaults to localIdentityCredentials. */
  identityCredentials?: IdentityCredentials;
}

export interface RunningAuth extends RunningService {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Token issuer (`iss`), `https://cognito-idp.us-east-1.amazonaws.com/<userPoolId>`. */
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly identityPoolId: string;
  /** Amplify's `Auth.Cognito.identityPoolEndpoint`. */
  readonly identityPoolUrl: string;
  readonly mailbox: Mailbox;
  readonly admin: AuthAdmin;
}

/** Cognito-shaped issuer domain: the AppSync simulator only accepts issuers starting `https://cognito-idp.`. */
const issuerDomain = `https://cognito-idp.${region}.amazonaws.com`;

const jwks: JSONWebKeySet = {
  keys: [(createRequire(import.meta.url)('cognito-local/lib/keys/cognitoLocal.public.json') as { jwk: JSONWebKeySet['keys'][number] }).jwk],
};

/**
 * Local Cognito: cognito-local (loopback, ports.cognitoLocal) behind a proxy (ports.auth) that the
 * real Amplify client is pointed at with `Auth.Cognito.userPoolEndpoint`.
 */
export async function startAuth(options: StartAuthOptions): Promise<RunningAuth> {
  const log = options.log ?? ((line: string) => console.log(`[auth] ${line}`));
  const ports = options.ports ?? { auth: defaultPorts.auth, cognitoLocal: defaultPorts.cognitoLocal };
  const mailbox = new FileMailbox(join(options.stateDir, 'mailbox.json'));
  const cognitoLocal = await startCognitoLocal({
    dataDirectory: join(options.stateDir, 'cognito-local'),
    port: ports.cognitoLocal,
    issuerDomain,
    userPoolDefaults,
    messages: mailboxDelivery(mailbox, log),
    log,
    postConfirmation: ({ cognito, ctx }) =>
      postConfirmationTrigger({
        invoke: options.invoke,
        log,
        markEmailVerified: (userPoolId, username) => markEmailVerified(ctx, cognito, userPoolId, username),
      }),
  });
  try {
    const ids = await ensureUserPool(cognitoLocal.ctx, cognitoLocal.services.cognito, join(options.stateDir, 'auth-ids.json'));
    const issuer = `${issuerDomain}/${ids.userPoolId}`;
    const proxy = createAuthProxy({
      cognitoLocalPort: Number(new URL(cognitoLocal.url).port),
      userPool: userPoolApi(cognitoLocal),
      identityPool: identityPoolApi({ identityPoolId: ids.identityPoolId, issuer, jwks, credentials: options.identityCredentials ?? localIdentityCredentials }),
      mailbox,
      userPoolId: ids.userPoolId,
      issuer,
    });
    const running = await listen(proxy, ports.auth, 'auth');
    return {
      url: running.url,
      userPoolId: ids.userPoolId,
      userPoolClientId: ids.userPoolClientId,
      identityPoolId: ids.identityPoolId,
      identityPoolUrl: `${running.url}/identity`,
      issuer,
      jwksUrl: `${running.url}/${ids.userPoolId}/.well-known/jwks.json`,
      mailbox,
      admin: createAuthAdmin(cognitoLocal, ids),
      async stop() {
        await running.stop();
        await cognitoLocal.stop();
      },
    };
  } catch (error) {
    await cognitoLocal.stop();
    throw error;
  }
}
