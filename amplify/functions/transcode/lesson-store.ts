import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { auditEntryItem, type Actor, type AuditFacts } from '../shared/audit-entry';
import { documents } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

export type LessonRecord = Schema['Lesson']['type'];

/** The stored lesson (strongly consistent: retry answers with the status it has just written). */
export async function getLesson(id: string): Promise<LessonRecord | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('LESSON_TABLE'), Key: { id }, ConsistentRead: true }));
  return (Item as LessonRecord | undefined) ?? null;
}

/** The retry's audit entry; the retry itself is the MediaConvert job and AppSync status writes, which no transaction can hold. */
export async function putAuditEntry(actor: Actor, facts: AuditFacts): Promise<void> {
  const item = auditEntryItem(actor, facts, new Date().toISOString());
  await documents.send(new PutCommand({ TableName: requireEnv('AUDIT_ENTRY_TABLE'), Item: item, ConditionExpression: 'attribute_not_exists(id)' }));
}
