import { createServer as createHttpServer } from 'node:http';
import { createRequire } from 'node:module';
import { Router } from 'cognito-local/lib/server/Router.js';
import { DefaultConfig, type Config } from 'cognito-local/lib/server/config.js';
import { createServer } from 'cognito-local/lib/server/server.js';
import { DateClock } from 'cognito-local/lib/services/clock.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Messages } from 'cognito-local/lib/services/messages.js';
import { otp } from 'cognito-local/lib/services/otp.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import type { PostConfirmationTrigger } from 'cognito-local/lib/services/triggers/postConfirmation.js';
import type { Triggers } from 'cognito-local/lib/services/triggers/triggers.js';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';
import type pinoType from 'pino';
import { listen } from '../http/listen';
import type { RunningService } from '../service';

const notDeployed = (trigger: string) => () => Promise.reject(new Error(`${trigger} trigger is not deployed`));

/**
 * The triggers amplify/auth/resource.ts deploys: only PostConfirmation. Building this instead of
 * cognito-local's TriggersService also keeps its KMS client (aws-sdk v2, which warns on load) out.
 */
function deployedTriggers(postConfirmation: PostConfirmationTrigger): Triggers {
  return {
    enabled: (trigger) => trigger === 'PostConfirmation',
    postConfirmation,
    customEmailSender: notDeployed('CustomEmailSender'),
    customMessage: notDeployed('CustomMessage'),
    postAuthentication: notDeployed('PostAuthentication'),
    preSignUp: notDeployed('PreSignUp'),
    preTokenGeneration: notDeployed('PreTokenGeneration'),
    userMigration: notDeployed('UserMigration'),
  };
}

// cognito-local's HTTP layer needs a real pino logger; take the copy cognito-local itself resolves.
const cognitoLocalRequire = createRequire(createRequire(import.meta.url).resolve('cognito-local/package.json'));
const pino = cognitoLocalRequire('pino') as typeof pinoType;

export interface CognitoLocalOptions {
  dataDirectory: string;
  port: number;
  /** Tokens are issued by `${issuerDomain}/${userPoolId}`. */
  issuerDomain: string;
  userPoolDefaults: Config['UserPoolDefaults'];
  /** Builds the PostConfirmation trigger once the user pools are loaded (it may need them). */
  postConfirmation: (deps: { cognito: Services['cognito']; ctx: Context }) => PostConfirmationTrigger;
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
  const triggers = deployedTriggers(options.postConfirmation({ cognito, ctx }));
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
