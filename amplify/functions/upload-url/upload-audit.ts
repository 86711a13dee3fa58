import { auditEntryItem, type Actor, type AuditFacts } from '../shared/audit-entry';

export type { Actor } from '../shared/audit-entry';
export type AuditChange = AuditFacts;

/**
 * One AuditEntry record as the model stores it. Its id is derived from the upload's object id, so a
 * repeated completeUpload (a lost response, retried) finds its entry already written and adds none.
 */
export function auditItem(objectId: string, actor: Actor, change: AuditChange, at: string): Record<string, unknown> {
  return auditEntryItem(actor, change, at, `upload-${objectId}`);
}
