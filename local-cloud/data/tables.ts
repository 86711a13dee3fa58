import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  ScanCommand,
  type AttributeValue,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import type { TableDefinition } from './data-api-definition';

/**
 * Creates each model table that does not exist yet. A table whose keys or indexes no longer match
 * the schema is rebuilt with its items copied over (dynalite cannot add an index to a live table;
 * the deployed sandbox replaces such tables too, but here nobody loses their local data).
 */
export async function ensureTables(
  client: DynamoDBClient,
  tables: readonly TableDefinition[],
  log: (line: string) => void,
): Promise<void> {
  for (const table of tables) {
    const existing = await describe(client, table.tableName);
    if (existing && sameShape(existing, table)) continue;
    const items = existing ? await scanAll(client, table.tableName) : [];
    if (existing) {
      log(`[data] ${table.tableName}: keys or indexes changed, rebuilding it with its ${items.length} items`);
      await client.send(new DeleteTableCommand({ TableName: table.tableName }));
    }
    await client.send(
      new CreateTableCommand({
        TableName: table.tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: table.attributeDefinitions,
        KeySchema: table.keySchema,
        ...(table.globalSecondaryIndexes.length ? { GlobalSecondaryIndexes: table.globalSecondaryIndexes } : {}),
        ...(table.localSecondaryIndexes.length ? { LocalSecondaryIndexes: table.localSecondaryIndexes } : {}),
      }),
    );
    for (const item of items) await client.send(new PutItemCommand({ TableName: table.tableName, Item: item }));
  }
}

async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

function sameShape(existing: TableDescription, wanted: TableDefinition): boolean {
  const keys = (schema: { AttributeName?: string; KeyType?: string }[] | undefined) =>
    JSON.stringify((schema ?? []).map(({ AttributeName, KeyType }) => [AttributeName, KeyType]));
  const indexes = (list: { IndexName?: string; KeySchema?: { AttributeName?: string; KeyType?: string }[] }[] | undefined) =>
    JSON.stringify((list ?? []).map((index) => [index.IndexName, keys(index.KeySchema)]).sort());
  return (
    keys(existing.KeySchema) === keys(wanted.keySchema) &&
    indexes(existing.GlobalSecondaryIndexes) === indexes(wanted.globalSecondaryIndexes) &&
    indexes(existing.LocalSecondaryIndexes) === indexes(wanted.localSecondaryIndexes)
  );
}

async function scanAll(client: DynamoDBClient, tableName: string): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
