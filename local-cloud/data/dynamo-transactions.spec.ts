import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactGetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { RunningService } from '../service';
import { startDynamo } from './dynamo-server';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

describe('DynamoDB transactions (local)', () => {
  let dynamo: RunningService;
  let raw: DynamoDBClient;
  let documents: DynamoDBDocumentClient;
  const courses = `course-${randomUUID().slice(0, 8)}`;
  const enrollments = `enrollment-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    dynamo = await startDynamo({ port: 0 });
    raw = new DynamoDBClient({ endpoint: dynamo.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    documents = DynamoDBDocumentClient.from(raw);
    await raw.send(
      new CreateTableCommand({
        TableName: courses,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      }),
    );
    await raw.send(
      new CreateTableCommand({
        TableName: enrollments,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'userId', KeyType: 'HASH' },
          { AttributeName: 'courseId', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'userId', AttributeType: 'S' },
          { AttributeName: 'courseId', AttributeType: 'S' },
        ],
      }),
    );
  });

  afterAll(async () => {
    raw.destroy();
    await dynamo.stop();
  });

  const put = (table: string, item: Record<string, unknown>) => documents.send(new PutCommand({ TableName: table, Item: item }));
  const course = async (id: string) => (await documents.send(new GetCommand({ TableName: courses, Key: { id } }))).Item;
  const transact = (items: TransactItems, token?: string) =>
    documents.send(new TransactWriteCommand({ TransactItems: items, ...(token ? { ClientRequestToken: token } : {}) }));
  const cancellation = async (items: TransactItems): Promise<TransactionCanceledException> => {
    const error = await transact(items).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (error instanceof TransactionCanceledException) return error;
    throw new Error(`expected TransactionCanceledException, got ${String(error)}`);
  };

  it('should apply every item when all conditions hold', async () => {
    await put(courses, { id: 'c1', title: 'Blues', status: 'DRAFT' });
    await put(courses, { id: 'c2', title: 'Old' });

    await transact([
      {
        Update: {
          TableName: courses,
          Key: { id: 'c1' },
          UpdateExpression: 'SET #s = :p',
          ConditionExpression: '#s = :d',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':p': 'PUBLISHED', ':d': 'DRAFT' },
        },
      },
      { Delete: { TableName: courses, Key: { id: 'c2' }, ConditionExpression: 'attribute_exists(id)' } },
      { Put: { TableName: enrollments, Item: { userId: 'u1', courseId: 'c1' }, ConditionExpression: 'attribute_not_exists(userId)' } },
    ]);

    expect([await course('c1'), await course('c2')]).toEqual([{ id: 'c1', title: 'Blues', status: 'PUBLISHED' }, undefined]);
  });

  it('should roll back the items already applied when the last condition fails', async () => {
    await put(courses, { id: 'r1', title: 'Before' });
    await put(courses, { id: 'r2', title: 'Doomed' });
    await put(courses, { id: 'r4', title: 'Taken' });

    await cancellation([
      { Put: { TableName: courses, Item: { id: 'r1', title: 'After' } } },
      { Delete: { TableName: courses, Key: { id: 'r2' } } },
      { Update: { TableName: courses, Key: { id: 'r3' }, UpdateExpression: 'SET title = :t', ExpressionAttributeValues: { ':t': 'New' } } },
      { Put: { TableName: courses, Item: { id: 'r4', title: 'Mine' }, ConditionExpression: 'attribute_not_exists(id)' } },
    ]);

    expect([await course('r1'), await course('r2'), await course('r3'), await course('r4')]).toEqual([
      { id: 'r1', title: 'Before' },
      { id: 'r2', title: 'Doomed' },
      undefined,
      { id: 'r4', title: 'Taken' },
    ]);
  });

  it('should name the failing item in CancellationReasons when a condition fails', async () => {
    await put(courses, { id: 'n1', title: 'Taken' });

    const error = await cancellation([
      { Put: { TableName: courses, Item: { id: 'n0', title: 'Free' }, ConditionExpression: 'attribute_not_exists(id)' } },
      { Put: { TableName: courses, Item: { id: 'n1', title: 'Mine' }, ConditionExpression: 'attribute_not_exists(id)' } },
    ]);

    expect({ message: error.message, reasons: error.CancellationReasons }).toEqual({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
      reasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }],
    });
  });

  it('should report every failing item when more than one condition fails', async () => {
    await put(courses, { id: 'm1', version: 2 });
    await put(courses, { id: 'm3', version: 2 });

    const error = await cancellation([
      {
        Update: {
          TableName: courses,
          Key: { id: 'm1' },
          UpdateExpression: 'SET version = :next',
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':next': 2, ':expected': 1 },
        },
      },
      { Put: { TableName: courses, Item: { id: 'm2' } } },
      {
        ConditionCheck: {
          TableName: courses,
          Key: { id: 'm3' },
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': 1 },
        },
      },
    ]);

    expect(error.CancellationReasons?.map((reason) => reason.Code)).toEqual(['ConditionalCheckFailed', 'None', 'ConditionalCheckFailed']);
  });

  it('should return the old item in the reason when ReturnValuesOnConditionCheckFailure is ALL_OLD', async () => {
    await put(courses, { id: 'o1', title: 'Existing' });

    const error = await cancellation([
      {
        Put: {
          TableName: courses,
          Item: { id: 'o1' },
          ConditionExpression: 'attribute_not_exists(id)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
    ]);

    expect(error.CancellationReasons?.[0]?.Item).toEqual({ id: { S: 'o1' }, title: { S: 'Existing' } });
  });

  it('should apply the other items and leave the checked item unchanged when a ConditionCheck holds', async () => {
    await put(courses, { id: 'k1', status: 'PUBLISHED' });

    await transact([
      {
        ConditionCheck: {
          TableName: courses,
          Key: { id: 'k1' },
          ConditionExpression: '#s = :p',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':p': 'PUBLISHED' },
        },
      },
      { Put: { TableName: enrollments, Item: { userId: 'u2', courseId: 'k1' } } },
    ]);

    const enrollment = await documents.send(new GetCommand({ TableName: enrollments, Key: { userId: 'u2', courseId: 'k1' } }));
    expect([await course('k1'), enrollment.Item]).toEqual([
      { id: 'k1', status: 'PUBLISHED' },
      { userId: 'u2', courseId: 'k1' },
    ]);
  });

  it('should apply nothing when a ConditionCheck on a missing item fails', async () => {
    const error = await cancellation([
      { Put: { TableName: enrollments, Item: { userId: 'u3', courseId: 'missing' } } },
      { ConditionCheck: { TableName: courses, Key: { id: 'missing' }, ConditionExpression: 'attribute_exists(id)' } },
    ]);

    const enrollment = await documents.send(new GetCommand({ TableName: enrollments, Key: { userId: 'u3', courseId: 'missing' } }));
    expect([error.CancellationReasons?.map((reason) => reason.Code), enrollment.Item]).toEqual([
      ['None', 'ConditionalCheckFailed'],
      undefined,
    ]);
  });

  it('should refuse with ValidationException and apply nothing when two items share a key', async () => {
    const error = await transact([
      { Put: { TableName: courses, Item: { id: 'd1', title: 'One' } } },
      { Update: { TableName: courses, Key: { id: 'd1' }, UpdateExpression: 'SET title = :t', ExpressionAttributeValues: { ':t': 'Two' } } },
    ]).catch((thrown: Error) => thrown);

    expect([error instanceof Error ? error.name : 'none', await course('d1')]).toEqual(['ValidationException', undefined]);
  });

  it('should roll back and pass the error on when an item is invalid for another reason', async () => {
    const error = await transact([
      { Put: { TableName: courses, Item: { id: 'v1' } } },
      { Update: { TableName: courses, Key: { id: 'v2' }, UpdateExpression: 'SET title = :missing' } },
    ]).catch((thrown: Error) => thrown);

    expect([error instanceof Error ? error.name : 'none', await course('v1')]).toEqual(['ValidationException', undefined]);
  });

  it('should not apply a transaction twice when the SDK retries it with the same ClientRequestToken', async () => {
    const token = randomUUID();
    const increment: TransactItems = [
      { Update: { TableName: courses, Key: { id: 't1' }, UpdateExpression: 'ADD hits :one', ExpressionAttributeValues: { ':one': 1 } } },
    ];

    await transact(increment, token);
    await transact(increment, token);

    expect(await course('t1')).toEqual({ id: 't1', hits: 1 });
  });

  it('should refuse a token reused with different items when it belongs to an earlier transaction', async () => {
    const token = randomUUID();
    await transact([{ Put: { TableName: courses, Item: { id: 'i1' } } }], token);

    const error = await transact([{ Put: { TableName: courses, Item: { id: 'i2' } } }], token).catch((thrown: Error) => thrown);

    expect(error instanceof Error ? error.name : 'none').toBe('IdempotentParameterMismatchException');
  });

  it('should keep a concurrent PutItem when it arrives while a transaction that is rolled back runs', async () => {
    const filler: TransactItems = Array.from({ length: 98 }, (_, index) => ({
      Put: { TableName: courses, Item: { id: `x-filler-${index}` } },
    }));
    await put(courses, { id: 'x-taken' });

    const transaction = transact([
      { Put: { TableName: courses, Item: { id: 'x-target', by: 'transaction' } } },
      ...filler,
      { Put: { TableName: courses, Item: { id: 'x-taken' }, ConditionExpression: 'attribute_not_exists(id)' } },
    ]).catch(() => undefined);
    let settled = false;
    void transaction.then(() => (settled = true));
    // Reads are not held back, so they see the transaction's first item once it is applied.
    while (!settled && (await course('x-target')) === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
    await Promise.all([put(courses, { id: 'x-target', by: 'concurrent writer' }), transaction]);

    expect(await course('x-target')).toEqual({ id: 'x-target', by: 'concurrent writer' });
  });

  it('should read every item in order when TransactGetItems is sent', async () => {
    await put(courses, { id: 'g1', title: 'First' });

    const result = await documents.send(
      new TransactGetCommand({
        TransactItems: [{ Get: { TableName: courses, Key: { id: 'g1' } } }, { Get: { TableName: courses, Key: { id: 'g-missing' } } }],
      }),
    );

    expect(result.Responses).toEqual([{ Item: { id: 'g1', title: 'First' } }, {}]);
  });
});
