import type { Schema } from '../../../../../amplify/data/resource';

type AuditEntryRecord = Schema['AuditEntry']['type'];

/** An audit entry as the page shows it: its JSON fields parsed. */
export interface AuditItem {
  readonly id: string;
  readonly actorId: string;
  readonly actorEmail: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly courseId: string | null;
  readonly at: string;
  readonly before: JsonObject | null;
  readonly after: JsonObject | null;
  readonly details: JsonObject | null;
}

export type JsonObject = Readonly<Record<string, unknown>>;

export type AuditEntryFields = Pick<
  AuditEntryRecord,
  'id' | 'actorId' | 'actorEmail' | 'action' | 'entityType' | 'entityId' | 'courseId' | 'at' | 'before' | 'after' | 'details'
>;

export const AUDIT_FIELDS = [
  'id',
  'actorId',
  'actorEmail',
  'action',
  'entityType',
  'entityId',
  'courseId',
  'at',
  'before',
  'after',
  'details',
] as const;

/**
 * AWSJSON fields reach the browser as JSON text (sometimes already parsed, depending on the client
 * path); anything that is not an object is treated as absent.
 */
export function jsonObject(value: unknown): JsonObject | null {
  let parsed = value;
  for (let depth = 0; typeof parsed === 'string' && depth < 2; depth++) {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      return null;
    }
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as JsonObject) : null;
}

export function toAuditItem(entry: AuditEntryFields): AuditItem {
  return {
    id: entry.id,
    actorId: entry.actorId,
    actorEmail: entry.actorEmail ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    courseId: entry.courseId ?? null,
    at: entry.at,
    before: jsonObject(entry.before),
    after: jsonObject(entry.after),
    details: jsonObject(entry.details),
  };
}
