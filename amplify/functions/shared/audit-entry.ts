import { randomUUID } from 'node:crypto';
import { modelAttributes } from './dynamo';

/** The admin making a change, as the audit trail names them. */
export interface Actor {
  readonly id: string;
  readonly email?: string;
}

/** What changed: every admin change (studio edits, uploads, retries, refunds) is logged in these terms. */
export interface AuditFacts {
  readonly action: string;
  readonly entityType: 'Course' | 'Lesson' | 'LessonMaterial' | 'Enrollment' | 'Order' | 'LessonQuestion';
  readonly entityId: string;
  /** Absent only for what belongs to no course (a membership order). */
  readonly courseId?: string;
  readonly before?: Record<string, unknown>;
  readonly after?: Record<string, unknown>;
  readonly details?: Record<string, unknown>;
}

/**
 * One AuditEntry record as the model stores it, in the time-ordered feed of every entry. `id` is
 * random unless the caller derives one to make a repeated write find its entry already there.
 */
export function auditEntryItem(actor: Actor, facts: AuditFacts, at: string, id: string = randomUUID()): Record<string, unknown> {
  return {
    id,
    feed: 'ALL',
    actorId: actor.id,
    actorEmail: actor.email,
    ...facts,
    at,
    ...modelAttributes('AuditEntry', at),
  };
}
