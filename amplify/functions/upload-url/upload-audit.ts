import { modelAttributes } from '../shared/dynamo';

export interface Actor {
  readonly id: string;
  readonly email?: string;
}

export interface AuditChange {
  readonly action: string;
  readonly entityType: 'Lesson' | 'Course' | 'LessonMaterial';
  readonly entityId: string;
  readonly courseId: string;
  readonly before?: Record<string, unknown>;
  readonly after?: Record<string, unknown>;
  readonly details?: Record<string, unknown>;
}

/**
 * One AuditEntry record as the model stores it. Its id is derived from the upload's object id, so a
 * repeated completeUpload (a lost response, retried) finds its entry already written and adds none.
 */
export function auditItem(objectId: string, actor: Actor, change: AuditChange, at: string): Record<string, unknown> {
  return {
    id: `upload-${objectId}`,
    feed: 'ALL',
    actorId: actor.id,
    actorEmail: actor.email,
    ...change,
    at,
    ...modelAttributes('AuditEntry', at),
  };
}
