import { TransactWriteCommand, type TransactWriteItem } from '@aws-sdk/lib-dynamodb';
import { auditEntryItem, type Actor, type AuditFacts } from '../shared/audit-entry';
import { documents } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { conflict } from '../shared/errors';

export type { Actor, AuditFacts } from '../shared/audit-entry';

/** TransactWriteItems accepts at most this many items, the audit entry included. */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * Applies `changes` and their one AuditEntry in a single DynamoDB transaction: both happen or
 * neither does, so no change escapes the log. A failed condition (the record was changed, moved
 * or deleted meanwhile) or a concurrent transaction on the same items is refused as a Conflict
 * with `refusal`, having changed nothing.
 */
export async function writeAudited(actor: Actor, changes: TransactWriteItem[], facts: AuditFacts, refusal: string): Promise<void> {
  const entry = auditEntryItem(actor, facts, new Date().toISOString());
  const audit: TransactWriteItem = {
    Put: { TableName: requireEnv('AUDIT_ENTRY_TABLE'), Item: entry, ConditionExpression: 'attribute_not_exists(id)' },
  };
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: [...changes, audit] }));
  } catch (error) {
    if (isCancelled(error)) throw conflict(refusal);
    throw error;
  }
}

function isCancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TransactionCanceledException' || error.name === 'TransactionConflictException');
}

/** A record as the audit trail shows it: its fields, without the resolver bookkeeping. */
export function auditView(record: object): Record<string, unknown> {
  const { __typename, createdAt, updatedAt, ...fields } = record as Record<string, unknown>;
  return fields;
}
