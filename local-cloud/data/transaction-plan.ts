import { validationError, type AttributeMap, type DynamoCall } from './dynamo-wire';

export type WriteKind = 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
export const writeKinds: readonly WriteKind[] = ['Put', 'Update', 'Delete', 'ConditionCheck'];
const maxItems = 100;

/** The body of one `TransactItems` entry (`Put`, `Update`, `Delete`, `ConditionCheck` or `Get`). */
export interface ItemRequest {
  readonly TableName: string;
  readonly Key?: AttributeMap;
  readonly Item?: AttributeMap;
  readonly UpdateExpression?: string;
  readonly ConditionExpression?: string;
  readonly ProjectionExpression?: string;
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ExpressionAttributeValues?: AttributeMap;
  readonly ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE';
}

export interface PlannedItem<Kind extends string> {
  readonly kind: Kind;
  readonly request: ItemRequest;
  /** The item's primary key; for a Put, taken from the item by the table's key schema. */
  readonly key: AttributeMap;
}

/**
 * Checks `TransactItems` as DynamoDB does before running anything: 1 to 100 entries, each with
 * exactly one operation, and no two on the same item.
 */
export async function planTransaction<Kind extends string>(
  call: DynamoCall,
  transactItems: unknown,
  kinds: readonly Kind[],
): Promise<PlannedItem<Kind>[]> {
  if (!Array.isArray(transactItems) || transactItems.length < 1 || transactItems.length > maxItems) {
    throw validationError(
      `1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${maxItems}`,
    );
  }
  const keyNames = new Map<string, Promise<string[]>>();
  const keyNamesOf = (table: string): Promise<string[]> => {
    const known = keyNames.get(table) ?? describeKey(call, table);
    keyNames.set(table, known);
    return known;
  };

  const planned: PlannedItem<Kind>[] = [];
  const seen = new Set<string>();
  for (const entry of transactItems as Record<string, ItemRequest | undefined>[]) {
    const present = kinds.filter((kind) => entry[kind] !== undefined);
    const [kind] = present;
    if (present.length !== 1 || kind === undefined) {
      throw validationError(`TransactItems can only contain one of ${kinds.join(', ')}`);
    }
    const request = entry[kind] as ItemRequest;
    const names = await keyNamesOf(request.TableName);
    const key = request.Key ?? keyOfItem(request.Item ?? {}, names);
    const identity = JSON.stringify([request.TableName, ...names.map((name) => key[name])]);
    if (seen.has(identity)) throw validationError('Transaction request cannot include multiple operations on one item');
    seen.add(identity);
    planned.push({ kind, request, key });
  }
  return planned;
}

async function describeKey(call: DynamoCall, table: string): Promise<string[]> {
  const described = (await call('DescribeTable', { TableName: table })) as { Table: { KeySchema: { AttributeName: string }[] } };
  return described.Table.KeySchema.map((element) => element.AttributeName);
}

function keyOfItem(item: AttributeMap, names: readonly string[]): AttributeMap {
  const key: AttributeMap = {};
  for (const name of names) {
    if (item[name] === undefined) throw validationError(`One or more parameter values were invalid: Missing the key ${name} in the item`);
    key[name] = item[name];
  }
  return key;
}
