import { createServer as createHttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { Router } from 'cognito-local/lib/server/Router.js';
import { DefaultConfig, type Config } from 'cognito-local/lib/server/config.js';
import { createServer } from 'cognito-local/lib/server/server.js';
import { DateClock } from 'cognito-local/lib/services/clock.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { CryptoService } from 'cognito-local/lib/services/crypto.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Lambda } from 'cognito-local/lib/services/lambda.js';
import type { Messages } from 'cognito-local/lib/services/messages.js';
import { otp } from 'cognito-local/lib/services/otp.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import { TriggersService } from 'cognito-local/lib/services/triggers/triggers.js';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';
import type pinoType from 'pino';
import { listen } from '../http/listen';
import type { RunningService } from '../service';

/**
 * Only CustomEmailSender encrypts codes (with KMS), and it is not wired; the real CryptoService
 * would load aws-sdk v2, which prints an end-of-support warning on every start.
 */
const noKms = {
  encrypt: () => Promise.reject(new Error('CustomEmailSender (KMS) is not supported locally')),
} as unknown as CryptoService;

// cognito-local's HTTP layer needs a real pino logger; take the copy cognito-local itself resolves.
const cognitoLocalRequire = createRequire(createRequire(import.meta.url).resolve('cognito-local/package.json'));
const pino = cognitoLocalRequire('pino') as typeof pinoType;

export interface CognitoLocalOptions {
  dataDirectory: string;
  port: number;
  /** Tokens are issued by `${issuerDomain}/${userPoolId}`. */
  issuerDomain: string;
  userPoolDefaults: Config['UserPoolDefaults'];
  /** Builds the trigger Lambda once the user pools are loaded (it may need them). */
  lambda: (deps: { cognito: Services['cognito']; ctx: Context }) => Lambda;
  messages: Messages;
  log: (line: string) => void;
}

export interface CognitoLocal extends RunningService {
  readonly services: Services;
  /** A request context for calling cognito-local's services and targets in-process. */
  readonly ctx: Context;
  /** cognito-local's API targets (AdminCreateUser, ...) callable in-process. */
  readonly target: ReturnType<typeof Router>;
}

/** Composes cognito-local like its own `createDefaultServer`, but with our data directory, issuer, trigger and mail delivery. */
export async function startCognitoLocal(options: CognitoLocalOptions): Promise<CognitoLocal> {
  const logger = pino({ level: 'error', base: undefined }, { write: (line: string) => options.log(`cognito-local: ${line.trim()}`) });
  const ctx: Context = { logger };
  const config: Config = {
    ...DefaultConfig,
    TriggerFunctions: { PostConfirmation: 'post-confirmation' },
    UserPoolDefaults: options.userPoolDefaults,
    TokenConfig: { IssuerDomain: options.issuerDomain },
    ServerConfig: { port: options.port, hostname: '127.0.0.1', development: false, https: false },
  };
  const clock = new DateClock();
  const dataStoreFactory = new StormDBDataStoreFactory(options.dataDirectory);
  const cognito = await new CognitoServiceFactoryImpl(
    options.dataDirectory,
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  ).create(ctx, config.UserPoolDefaults);
  const triggers = new TriggersService(clock, cognito, options.lambda({ cognito, ctx }), noKms);
  const services: Services = {
    clock,
    cognito,
    config,
    messages: options.messages,
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };
  const router = Router(services);
  const app = createServer(router, logger, config.ServerConfig, services).application;
  const running = await listen(createHttpServer(app), options.port, 'auth: cognito-local');
  return { ...running, services, ctx, target: router };
}
