import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DynamoDBClient,
  type AttributeDefinition,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamo } from '../../../../local-cloud/data/dynamo-server';

/** Keys and indexes as the Amplify transformer creates them (see the synthesized table stacks). */
const shapes = {
  COURSE_TABLE: { key: ['id'], indexes: { coursesByStatusAndTitle: ['status', 'title'] } },
  LESSON_TABLE: { key: ['id'], indexes: { lessonsByCourseIdAndPosition: ['courseId', 'position'] } },
  LESSON_MATERIAL_TABLE: { key: ['id'], indexes: { lessonMaterialsByCourseId: ['courseId'] } },
  USER_PROFILE_TABLE: { key: ['userId'], indexes: {} },
  ENROLLMENT_TABLE: { key: ['userId', 'courseId'], indexes: { enrollmentsByCourseId: ['courseId'] } },
  ORDER_TABLE: {
    key: ['id'],
    indexes: {
      ordersByUserId: ['userId'],
      ordersByStripeSessionId: ['stripeSessionId'],
      ordersByStripePaymentIntentId: ['stripePaymentIntentId'],
      ordersByCourseId: ['courseId'],
    },
  },
  MEMBERSHIP_TABLE: { key: ['userId'], indexes: {} },
  LESSON_PROGRESS_TABLE: { key: ['id'], indexes: { lessonProgressesByLessonId: ['lessonId'] } },
  PRACTICE_SESSION_TABLE: { key: ['id'], indexes: {} },
  PRACTICE_LOOP_TABLE: { key: ['id'], indexes: { practiceLoopsByLessonId: ['lessonId'] } },
  LESSON_NOTE_TABLE: { key: ['id'], indexes: { lessonNotesByLessonId: ['lessonId'] } },
  LESSON_QUESTION_TABLE: {
    key: ['id'],
    indexes: { lessonQuestionsByLessonIdAndAskedAt: ['lessonId', 'askedAt'], lessonQuestionsByCourseIdAndAskedAt: ['courseId', 'askedAt'] },
  },
  PAYMENT_EVENT_TABLE: { key: ['stripeEventId'], indexes: {} },
  CERTIFICATE_TABLE: { key: ['userId', 'courseId'], indexes: { certificatesByCode: ['code'] } },
  /** The Powertools idempotency table backend.ts defines for stripe-webhook (partition key `id`). */
  IDEMPOTENCY_TABLE: { key: ['id'], indexes: {} },
  AUDIT_ENTRY_TABLE: {
    key: ['id'],
    indexes: { auditEntriesByFeedAndAt: ['feed', 'at'], auditEntriesByCourseIdAndAt: ['courseId', 'at'], auditEntriesByActorIdAndAt: ['actorId', 'at'] },
  },
} as const satisfies Record<string, { key: readonly string[]; indexes: Record<string, readonly string[]> }>;

export type TableEnv = keyof typeof shapes;
const numericAttributes = new Set(['position']);

let endpoint: Promise<string> | undefined;

/**
 * One in-process, in-memory DynamoDB per test process (the local cloud's, with transactions, on a
 * random port), set as the SDK's standard endpoint variable, so the handlers' module-scope clients
 * talk to it unchanged.
 */
export function localEndpoint(): Promise<string> {
  endpoint ??= startDynamo({ port: 0 }).then((dynamo) => dynamo.url);
  return endpoint;
}

export function useFakeAwsEnvironment(): void {
  process.env['AWS_REGION'] ??= 'us-east-1';
  process.env['AWS_ACCESS_KEY_ID'] ??= 'test';
  process.env['AWS_SECRET_ACCESS_KEY'] ??= 'test';
}

export interface LocalTables {
  readonly documents: DynamoDBDocumentClient;
  put(table: TableEnv, item: Record<string, unknown>): Promise<void>;
  get(table: TableEnv, key: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
  scan(table: TableEnv): Promise<Record<string, unknown>[]>;
}

/**
 * Registers hooks that create fresh, uniquely named tables for the suite and point the *_TABLE
 * variables at them before every spec (other suites may point them elsewhere in between).
 */
export function useLocalTables(tableEnvs: readonly TableEnv[]): LocalTables {
  const names = new Map<TableEnv, string>();
  let documents: DynamoDBDocumentClient | undefined;
  let url = '';
  let previousEndpoint: string | undefined;
  const client = (): DynamoDBDocumentClient => {
    if (!documents) throw new Error('useLocalTables: tables are not ready yet');
    return documents;
  };
  const nameOf = (table: TableEnv): string => names.get(table) ?? failMissing(table);

  beforeAll(async () => {
    useFakeAwsEnvironment();
    url = await localEndpoint();
    previousEndpoint = process.env['AWS_ENDPOINT_URL_DYNAMODB'];
    const raw = new DynamoDBClient({ endpoint: url });
    documents = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
    const suffix = randomUUID().slice(0, 8);
    for (const table of tableEnvs) {
      const name = `${table.toLowerCase()}-${suffix}`;
      await raw.send(createTable(name, shapes[table]));
      names.set(table, name);
    }
  });

  beforeEach(() => {
    process.env['AWS_ENDPOINT_URL_DYNAMODB'] = url;
    for (const [table, name] of names) process.env[table] = name;
  });

  afterAll(() => {
    if (previousEndpoint === undefined) delete process.env['AWS_ENDPOINT_URL_DYNAMODB'];
    else process.env['AWS_ENDPOINT_URL_DYNAMODB'] = previousEndpoint;
  });

  return {
    get documents() {
      return client();
    },
    async put(table, item) {
      await client().send(new PutCommand({ TableName: nameOf(table), Item: item }));
    },
    async get(table, key) {
      return (await client().send(new GetCommand({ TableName: nameOf(table), Key: key }))).Item;
    },
    async scan(table) {
      return (await client().send(new ScanCommand({ TableName: nameOf(table) }))).Items ?? [];
    },
  };
}

function createTable(name: string, shape: { key: readonly string[]; indexes: Record<string, readonly string[]> }): CreateTableCommand {
  const attributes = new Set<string>([...shape.key, ...Object.values(shape.indexes).flat()]);
  const keySchema = (key: readonly string[]): KeySchemaElement[] =>
    key.map((attribute, index) => ({ AttributeName: attribute, KeyType: index === 0 ? 'HASH' : 'RANGE' }));
  const indexes: GlobalSecondaryIndex[] = Object.entries(shape.indexes).map(([indexName, key]) => ({
    IndexName: indexName,
    KeySchema: keySchema(key),
    Projection: { ProjectionType: 'ALL' },
  }));
  const definitions: AttributeDefinition[] = [...attributes].map((attribute) => ({
    AttributeName: attribute,
    AttributeType: numericAttributes.has(attribute) ? 'N' : 'S',
  }));
  return new CreateTableCommand({
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: keySchema(shape.key),
    AttributeDefinitions: definitions,
    ...(indexes.length > 0 ? { GlobalSecondaryIndexes: indexes } : {}),
  });
}

function failMissing(table: string): never {
  throw new Error(`useLocalTables: ${table} was not requested`);
}
