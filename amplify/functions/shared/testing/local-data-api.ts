import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startData, type RunningData } from '../../../../local-cloud/data';
import { localApiId, localTableName } from '../../../../local-cloud/data/data-api-definition';
import { TestUserPool } from '../../../../local-cloud/data/test-user-pool';
import { synthOnce } from '../../../../local-cloud/synth/synth-backend';
import { readFunctionIdentities } from '../../../../local-cloud/wiring/function-identities';
import { localEndpoint, useFakeAwsEnvironment, type LocalTables, type TableEnv } from './local-dynamo';

const sessionToken = 'local-data-api-spec-session';
/** Synth, then dynalite and the simulator: slow on a busy machine. */
export const localDataApiTimeoutMs = 600_000;

/**
 * The real local data API (synthesized schema and VTL resolvers, IAM checked against the templates)
 * for a function's spec: the handler signs as `functionName`'s execution role, and the returned
 * tables are the API's own, so specs can arrange rows and read what the resolvers wrote.
 */
export function useLocalDataApi(functionName: string): LocalTables {
  let workDir = '';
  let userPool: TestUserPool | undefined;
  let data: RunningData | undefined;
  let documents: DynamoDBDocumentClient | undefined;
  const saved = new Map<string, string | undefined>();
  const tableEnv = (model: string) => `${model.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_TABLE`;

  const running = (): { data: RunningData; documents: DynamoDBDocumentClient } => {
    if (!data || !documents) throw new Error('useLocalDataApi: the data API is not ready yet');
    return { data, documents };
  };
  const modelTable = (table: TableEnv): { model: string; name: string } => {
    const entry = Object.entries(running().data.tables).find(([model]) => tableEnv(model) === table);
    if (!entry) throw new Error(`useLocalDataApi: no model table for ${table}`);
    return { model: entry[0], name: entry[1] };
  };
  const tableName = (table: TableEnv): string => modelTable(table).name;

  beforeAll(async () => {
    useFakeAwsEnvironment();
    const credentials = { accessKeyId: process.env['AWS_ACCESS_KEY_ID'] ?? '', secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY'] ?? '' };
    const synth = await synthOnce();
    workDir = await mkdtemp(join(tmpdir(), 'local-data-api-'));
    userPool = await TestUserPool.start();
    const callers = new Map<string, Awaited<ReturnType<typeof readFunctionIdentities>>[number]>();
    data = await startData({
      stateDir: workDir,
      synthDir: synth.dir,
      port: 0,
      dynamoEndpoint: await localEndpoint(),
      userPool,
      iam: { credentials, callerFor: (token) => (token === undefined ? undefined : callers.get(token)) },
      invoke: () => Promise.reject(new Error('no functions behind this data API')),
      log: () => undefined,
    });
    const identities = await readFunctionIdentities(synth.dir, { apiId: localApiId, tableName: localTableName, graphqlUrl: data.graphqlUrl });
    const identity = identities.find((candidate) => candidate.functionName === functionName);
    if (!identity) throw new Error(`useLocalDataApi: no function ${functionName} in the templates`);
    callers.set(sessionToken, identity);
    documents = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: data.dynamoEndpoint, region: 'us-east-1', credentials }), {
      marshallOptions: { removeUndefinedValues: true },
    });
    for (const name of ['AMPLIFY_DATA_GRAPHQL_ENDPOINT', 'AWS_SESSION_TOKEN', 'AWS_ENDPOINT_URL_DYNAMODB']) saved.set(name, process.env[name]);
  }, localDataApiTimeoutMs);

  beforeEach(() => {
    const { data: api } = running();
    process.env['AMPLIFY_DATA_GRAPHQL_ENDPOINT'] = api.graphqlUrl;
    process.env['AWS_SESSION_TOKEN'] = sessionToken;
    process.env['AWS_ENDPOINT_URL_DYNAMODB'] = api.dynamoEndpoint;
    for (const [model, table] of Object.entries(api.tables)) process.env[tableEnv(model)] = table;
  });

  afterAll(async () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await data?.stop();
    await userPool?.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  return {
    get documents() {
      return running().documents;
    },
    /** Rows get the bookkeeping attributes the model resolvers write, unless the spec sets them. */
    async put(table, item) {
      const { model, name } = modelTable(table);
      const now = new Date().toISOString();
      await running().documents.send(new PutCommand({ TableName: name, Item: { __typename: model, createdAt: now, updatedAt: now, ...item } }));
    },
    async get(table, key) {
      return (await running().documents.send(new GetCommand({ TableName: tableName(table), Key: key }))).Item;
    },
    async scan(table) {
      return (await running().documents.send(new ScanCommand({ TableName: tableName(table) }))).Items ?? [];
    },
  };
}
