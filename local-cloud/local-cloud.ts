import { randomBytes } from 'node:crypto';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { startAuth, type RunningAuth } from './auth';
import { startData } from './data';
import { localApiId, localTableName } from './data/data-api-definition';
import { readFunctionCatalog } from './functions/function-catalog';
import { FunctionRunner } from './functions/function-runner';
import { startFunctionUrls } from './functions/function-url-server';
import { loadOrCreateSecrets, type LocalSecrets } from './local-secrets';
import { startMail } from './mail';
import { startMediaConvert } from './mediaconvert';
import { writeLocalOutputs } from './outputs/local-outputs';
import { ports, region, type InvokeFunction, type RunningService } from './service';
import { startSsm } from './ssm';
import { startStorage } from './storage';
import { startStripe } from './stripe';
import { projectRoot, synthIfChanged } from './synth/synth-backend';
import { matchesEventPattern, matchesS3Notification, readDeployedWiring } from './wiring/deployed-wiring';
import { readFunctionIdentities, type FunctionIdentity } from './wiring/function-identities';

export interface LocalCloudOptions {
  stateDir: string;
  /** Where amplify_outputs.json is written; the repo root for `npm start`. */
  outputsFile: string;
  appOrigin: string;
  log: (service: string, line: string) => void;
  /** Bind every service to a free port instead of the fixed map (tests beside a running `npm start`). */
  anyFreePorts?: boolean;
  /** The time the data API counts its rate limit in (tests only: the templates' window is 5 minutes). */
  dataClock?: () => number;
}

export type DataService = Awaited<ReturnType<typeof startData>>;

export interface LocalCloud {
  auth: RunningAuth;
  data: DataService;
  storage: RunningService;
  stripe: Awaited<ReturnType<typeof startStripe>>;
  mediaConvert: RunningService;
  functionUrls: RunningService;
  /** SES SendEmail, delivering into auth's mailbox. */
  mail: RunningService;
  invoke: InvokeFunction;
  secrets: LocalSecrets;
  bucket: string;
  /**
   * What every local function gets beside its own variables (region, credentials, endpoints of the
   * stand-ins); also what a script needs to use the AWS SDK locally.
   */
  functionEnvironment: Record<string, string>;
  stop(): Promise<void>;
}

const bucket = 'media-local';
/** AWS retries asynchronous invocations (S3, EventBridge) twice on error; so do we, sooner. */
const asyncRetryDelaysMs = [1000, 2000];

/**
 * Starts every stand-in in dependency order and wires them the way the synthesized templates wire
 * the deployed services. The handlers under amplify/ run unchanged in worker processes.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const { stateDir, log } = options;
  const port = (fixed: number) => (options.anyFreePorts ? 0 : fixed);
  await mkdir(stateDir, { recursive: true });
  const secrets = await loadOrCreateSecrets(join(stateDir, 'secrets.json'));
  const synthStarted = Date.now();
  // Synthesized with the origin the app is served from here, as a deployment is with its own.
  const synth = await synthIfChanged(join(stateDir, 'synth'), { APP_ORIGIN: options.appOrigin });
  log('synth', synth.fresh ? `backend synthesized in ${Date.now() - synthStarted} ms` : 'backend unchanged since last synth');
  const wiring = readDeployedWiring(synth);
  // The bundles leave out what Lambda's Node runtime provides (the AWS SDK that Amplify's banner
  // imports); here the project's node_modules stands in, found from the assets' folders.
  await symlink(join(projectRoot, 'node_modules'), join(synth.dir, 'node_modules')).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });

  let runner: FunctionRunner | undefined;
  const invoke: InvokeFunction = (name, event) => {
    if (!runner) throw new Error('Functions are not ready yet');
    return runner.invoke(name, event);
  };
  const invokeAsync = (name: string, event: unknown, attempt = 0): void => {
    invoke(name, event).catch((error: Error) => {
      const delay = asyncRetryDelaysMs[attempt];
      log(name, `async invocation failed: ${error.name}: ${error.message}${delay ? ` — retrying in ${delay} ms` : ' — giving up'}`);
      if (delay) setTimeout(() => invokeAsync(name, event, attempt + 1), delay);
    });
  };
  const started: RunningService[] = [];
  const track = <T extends RunningService>(service: T): T => {
    started.push(service);
    return service;
  };

  // Every function signs with the one local key pair and its own session token, which names its
  // execution role: the data API's IAM check then applies that role's policies from the templates.
  const sessionTokens = new Map<string, string>();
  const callers = new Map<string, FunctionIdentity>();

  try {
    const credentials = { accessKeyId: secrets.awsAccessKeyId, secretAccessKey: secrets.awsSecretAccessKey };
    const auth = track(await startAuth({
        stateDir: join(stateDir, 'auth'),
        invoke,
        log: (line) => log('auth', line),
        ports: { auth: port(ports.auth), cognitoLocal: port(ports.cognitoLocal) },
      }));
    const data = track(
      await startData({
        stateDir: join(stateDir, 'data'),
        synthDir: synth.dir,
        invoke,
        userPool: { userPoolId: auth.userPoolId, issuer: auth.issuer, jwksUrl: auth.jwksUrl },
        iam: { credentials, callerFor: (sessionToken) => (sessionToken === undefined ? undefined : callers.get(sessionToken)) },
        log: (line) => log('data', line),
        port: port(ports.data),
        dynamoPort: port(ports.dynamodb),
        clock: options.dataClock,
      }),
    );
    const storage = track(
      await startStorage({
        stateDir: join(stateDir, 'storage'),
        bucket,
        allowedOrigins: [options.appOrigin, `http://127.0.0.1:${ports.app}`, `http://localhost:${ports.appBuild}`],
        credentials,
        log: (line) => log('s3', line),
        port: port(ports.storage),
        onObjectCreated: (event) => {
          for (const record of event.Records) {
            const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
            for (const notification of wiring.s3Notifications) {
              if (matchesS3Notification(notification, record.eventName, key)) invokeAsync(notification.functionName, { Records: [record] });
            }
          }
        },
      }),
    );
    const mediaConvert = track(
      await startMediaConvert({
        stateDir: join(stateDir, 'mediaconvert'),
        storage: { endpoint: storage.url, credentials },
        log: (line) => log('mediaconvert', line),
        port: port(ports.mediaConvert),
        onJobStateChange: (event) => {
          for (const rule of wiring.eventRules) {
            if (matchesEventPattern(rule.pattern, event as unknown as Record<string, unknown>)) {
              for (const name of rule.functionNames) invokeAsync(name, event);
            }
          }
        },
      }),
    );
    const functionUrls = track(
      await startFunctionUrls({ port: port(ports.functionUrls), functionNames: wiring.functionUrls.map((url) => url.functionName), invoke }),
    );
    const mail = track(
      await startMail({
        credentials,
        callerFor: (sessionToken) => (sessionToken === undefined ? undefined : callers.get(sessionToken)),
        mailbox: auth.mailbox,
        log: (line) => log('mail', line),
        port: port(ports.mail),
      }),
    );
    const stripe = track(
      await startStripe({
        stateDir: join(stateDir, 'stripe'),
        secretKey: secrets.stripeSecretKey,
        webhookSecret: secrets.stripeWebhookSecret,
        webhookUrl: `${functionUrls.url}/stripe-webhook/`,
        log: (line) => log('stripe', line),
        port: port(ports.stripe),
      }),
    );

    const functions = await readFunctionCatalog(synth.dir, {
      bucketName: bucket,
      userPoolId: auth.userPoolId,
      graphqlUrl: data.graphqlUrl,
      secrets: { STRIPE_SECRET_KEY: secrets.stripeSecretKey, STRIPE_WEBHOOK_SECRET: secrets.stripeWebhookSecret },
    });
    const ssm = track(
      await startSsm({
        credentials,
        callerFor: (sessionToken) => (sessionToken === undefined ? undefined : callers.get(sessionToken)),
        parameters: new Map(functions.flatMap((fn) => Object.entries(fn.ssmParameters))),
        port: port(ports.ssm),
      }),
    );
    // Not from the templates: what the Lambda runtime itself sets on AWS (region, credentials) and
    // the local configuration that points the same clients at the stand-ins.
    const functionEnvironment: Record<string, string> = {
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: secrets.awsAccessKeyId,
      AWS_SECRET_ACCESS_KEY: secrets.awsSecretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: data.dynamoEndpoint,
      AWS_ENDPOINT_URL_S3: storage.url,
      AWS_ENDPOINT_URL_MEDIACONVERT: mediaConvert.url,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: auth.url,
      AWS_ENDPOINT_URL_SESV2: mail.url,
      AWS_ENDPOINT_URL_SSM: ssm.url,
      STRIPE_API_BASE: stripe.url,
      // Lambda runs Node 22; this machine runs 20, which the SDK would warn about on every cold start.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    for (const { name } of functions) sessionTokens.set(name, randomBytes(24).toString('base64url'));
    const identities = new Map(
      (await readFunctionIdentities(synth.dir, { apiId: localApiId, tableName: localTableName }))
        .filter((identity) => sessionTokens.has(identity.functionName))
        .map((identity) => [identity.functionName, identity]),
    );
    for (const [name, identity] of identities) callers.set(sessionTokens.get(name)!, identity);
    runner = new FunctionRunner({
      functions,
      environment: functionEnvironment,
      environmentOf: (name) => ({ AWS_SESSION_TOKEN: sessionTokens.get(name) ?? '' }),
      log: (name, line) => log(`λ ${name}`, line),
    });

    await writeLocalOutputs(options.outputsFile, synth.dir, {
      region,
      userPoolId: auth.userPoolId,
      userPoolClientId: auth.userPoolClientId,
      identityPoolId: auth.identityPoolId,
      graphqlUrl: data.graphqlUrl,
      apiKey: data.apiKey,
      bucketName: bucket,
      functionUrls: Object.fromEntries(wiring.functionUrls.map(({ functionName }) => [functionName, `${functionUrls.url}/${functionName}/`])),
      modelIntrospection: data.modelIntrospection,
      local: { userPoolEndpoint: auth.url, identityPoolEndpoint: auth.identityPoolUrl },
    });

    const activeRunner = runner;
    return {
      auth,
      data,
      storage,
      stripe,
      mediaConvert,
      functionUrls,
      mail,
      invoke,
      secrets,
      bucket,
      functionEnvironment,
      stop: async () => {
        await activeRunner.stop();
        for (const service of started.reverse()) await service.stop();
      },
    };
  } catch (error) {
    await runner?.stop();
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    throw error;
  }
}
