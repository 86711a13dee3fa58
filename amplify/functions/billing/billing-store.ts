import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents, isConditionalCheckFailed } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

export type OrderRecord = Schema['Order']['type'];

export async function getOrder(orderId: string): Promise<OrderRecord | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('ORDER_TABLE'), Key: { id: orderId } }));
  return (Item as OrderRecord | undefined) ?? null;
}

/** Writes an audit entry whose id the caller derived; false when that entry is already there. */
export async function putAuditEntryOnce(entry: Record<string, unknown>): Promise<boolean> {
  try {
    await documents.send(
      new PutCommand({ TableName: requireEnv('AUDIT_ENTRY_TABLE'), Item: entry, ConditionExpression: 'attribute_not_exists(id)' }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
