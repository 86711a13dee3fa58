import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ports, region, type InvokeFunction, type RunningService } from '../service';
import { readDataApiDefinition, type TableDefinition } from './data-api-definition';
import { createDualProtocolServer } from './dual-protocol-server';
import { startDynamo } from './dynamo-server';
import { createGraphqlHandler } from './graphql-http';
import { loadApiKey, loadTlsIdentity, spkiFingerprint } from './local-secrets';
import { RateLimiter } from './rate-limiter';
import { RealtimeServer } from './realtime-server';
import { createRequestAuthorizer, type IamOptions } from './request-authorizer';
import { createSimulator } from './simulator';
import { ensureTables } from './tables';

export interface DataOptions {
  /** Where DynamoDB data, the API key and the TLS certificate are kept across restarts. */
  stateDir: string;
  /** A synthesized backend (`npm run synth` → `.synth/`). */
  synthDir: string;
  invoke: InvokeFunction;
  userPool: { userPoolId: string; issuer: string; jwksUrl: string };
  /** Who may sign requests with IAM (SigV4); without it, IAM requests are refused. */
  iam?: IamOptions;
  log?: (line: string) => void;
  /** Defaults to `ports.data` / `ports.dynamodb`; 0 picks a free port. */
  port?: number;
  dynamoPort?: number;
  /**
   * A local DynamoDB that is already running, used instead of starting one: handler specs share one
   * per test process, because an AWS SDK client keeps the endpoint of its first request.
   */
  dynamoEndpoint?: string;
  /** The time the API's rate limit is counted in; tests move it past the window instead of waiting. */
  clock?: () => number;
}

/** The `data` section of amplify_outputs.json, as `ampx` would write it for this API. */
export interface DataOutputs {
  url: string;
  aws_region: string;
  api_key: string;
  default_authorization_type: string;
  authorization_types: string[];
  model_introspection: unknown;
}

export interface RunningData extends RunningService {
  /** `data.url` for amplify_outputs.json: http://127.0.0.1:<port>/graphql */
  graphqlUrl: string;
  /** Where aws-amplify connects for subscriptions (derived by the client from graphqlUrl). */
  realtimeUrl: string;
  apiKey: string;
  /** Model name → local DynamoDB table name, e.g. Course → Course-local. */
  tables: Record<string, string>;
  /** For AWS_ENDPOINT_URL_DYNAMODB. */
  dynamoEndpoint: string;
  /** `data.model_introspection` for amplify_outputs.json. */
  modelIntrospection: unknown;
  outputs: DataOutputs;
  /** PEM of the self-signed certificate the realtime endpoint presents (kept in `<stateDir>/data-tls/`). */
  tlsCertificate: string;
  /** For Chromium's `--ignore-certificate-errors-spki-list=<this>`: trusts exactly this certificate. */
  tlsSpkiFingerprint: string;
}

/**
 * The Amplify Data API, locally: the deployed schema and VTL resolvers on the AppSync simulator,
 * behind a front that verifies credentials as AppSync does, over DynamoDB tables in dynalite.
 */
export async function startData(options: DataOptions): Promise<RunningData> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!options.userPool.issuer.startsWith('https://cognito-idp.')) {
    throw new Error(`The user pool issuer must start with https://cognito-idp. (got ${options.userPool.issuer})`);
  }
  const definition = await readDataApiDefinition(options.synthDir);
  const apiKey = await loadApiKey(join(options.stateDir, 'data-api-key.txt'));
  const tls = await loadTlsIdentity(join(options.stateDir, 'data-tls', 'key.pem'), join(options.stateDir, 'data-tls', 'cert.pem'));

  const dynamo = options.dynamoEndpoint
    ? { url: options.dynamoEndpoint, stop: async () => undefined }
    : await startDynamo({ path: join(options.stateDir, 'dynamodb'), port: options.dynamoPort ?? ports.dynamodb });
  const services: { stop(): Promise<void> }[] = [dynamo];
  try {
    const dynamoClient = new DynamoDBClient({
      endpoint: dynamo.url,
      region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ensureTables(dynamoClient, definition.tables, log);
    dynamoClient.destroy();

    const simulator = createSimulator(definition, { apiKey, dynamoEndpoint: dynamo.url, invoke: options.invoke, log });
    const authorize = createRequestAuthorizer({ apiKey, issuer: options.userPool.issuer, jwksUrl: options.userPool.jwksUrl, iam: options.iam });
    const realtime = new RealtimeServer(simulator, authorize, log);
    const rule = definition.rateRule;
    const rateLimiter = rule && new RateLimiter({ limit: rule.limit, windowMs: rule.windowSeconds * 1000 }, options.clock);
    const server = createDualProtocolServer({
      tls,
      onRequest: createGraphqlHandler({ simulator, authorize, rateLimiter, log }),
      onUpgrade: (request, socket, head) => {
        if (!realtime.handleUpgrade(request, socket, head)) socket.destroy();
      },
    });
    const port = await server.listen(options.port ?? ports.data, '127.0.0.1');
    services.push({
      stop: async () => {
        realtime.close();
        await server.close();
      },
    });

    const url = `http://127.0.0.1:${port}`;
    const fingerprint = spkiFingerprint(tls.cert);
    log(`[data] GraphQL ${url}/graphql, DynamoDB ${dynamo.url}`);
    if (rule) log(`[data] web ACL rule ${rule.name}: ${rule.limit} requests per ${rule.windowSeconds} s per client IP`);
    log(
      `[data] subscriptions: wss://127.0.0.1:${port}/graphql/realtime with a self-signed certificate; ` +
        `start Chromium with --ignore-certificate-errors-spki-list=${fingerprint}`,
    );
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      realtimeUrl: `wss://127.0.0.1:${port}/graphql/realtime`,
      apiKey,
      tables: Object.fromEntries(modelTables(definition).map((table) => [table.modelName, table.tableName])),
      dynamoEndpoint: dynamo.url,
      modelIntrospection: definition.modelIntrospection,
      outputs: {
        url: `${url}/graphql`,
        aws_region: region,
        api_key: apiKey,
        default_authorization_type: definition.defaultAuthenticationType,
        authorization_types: definition.additionalAuthenticationTypes,
        model_introspection: definition.modelIntrospection,
      },
      tlsCertificate: tls.cert,
      tlsSpkiFingerprint: fingerprint,
      stop: () => stopAll(services),
    };
  } catch (error) {
    await stopAll(services);
    throw error;
  }
}

/** The tables behind the API's models (the templates define other tables too, e.g. stripe-webhook's idempotency table). */
function modelTables(definition: Awaited<ReturnType<typeof readDataApiDefinition>>): TableDefinition[] {
  const served = new Set(definition.dataSources.flatMap((source) => (source.type === 'AMAZON_DYNAMODB' ? [source.tableName] : [])));
  return definition.tables.filter((table) => served.has(table.tableName));
}

async function stopAll(services: { stop(): Promise<void> }[]): Promise<void> {
  for (const service of services.splice(0).reverse()) await service.stop();
}
