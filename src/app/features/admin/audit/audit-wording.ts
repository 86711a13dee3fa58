import type { AuditItem, JsonObject } from './audit-entry';

const ACTIONS: Readonly<Record<string, string>> = {
  'course.create': $localize`:@@admin.audit.action.course.create:Created course`,
  'course.update': $localize`:@@admin.audit.action.course.update:Edited course`,
  'course.publish': $localize`:@@admin.audit.action.course.publish:Published course`,
  'course.unpublish': $localize`:@@admin.audit.action.course.unpublish:Unpublished course`,
  'course.delete': $localize`:@@admin.audit.action.course.delete:Deleted course`,
  'lesson.create': $localize`:@@admin.audit.action.lesson.create:Added lesson`,
  'lesson.update': $localize`:@@admin.audit.action.lesson.update:Edited lesson`,
  'lesson.publish': $localize`:@@admin.audit.action.lesson.publish:Published lesson`,
  'lesson.unpublish': $localize`:@@admin.audit.action.lesson.unpublish:Unpublished lesson`,
  'lesson.delete': $localize`:@@admin.audit.action.lesson.delete:Deleted lesson`,
  'lesson.reorder': $localize`:@@admin.audit.action.lesson.reorder:Reordered lessons`,
  'material.rename': $localize`:@@admin.audit.action.material.rename:Renamed material`,
  'material.delete': $localize`:@@admin.audit.action.material.delete:Deleted material`,
  'access.grant': $localize`:@@admin.audit.action.access.grant:Granted access`,
  'access.revoke': $localize`:@@admin.audit.action.access.revoke:Revoked access`,
  'transcode.retry': $localize`:@@admin.audit.action.transcode.retry:Retried video processing`,
  'order.refund': $localize`:@@admin.audit.action.order.refund:Refunded order`,
  'question.answer': $localize`:@@admin.audit.action.question.answer:Answered question`,
};

const UPLOADS: Readonly<Record<string, string>> = {
  VIDEO: $localize`:@@admin.audit.upload.video:Uploaded video`,
  MATERIAL: $localize`:@@admin.audit.upload.material:Uploaded material`,
  COURSE_ART: $localize`:@@admin.audit.upload.courseArt:Uploaded course art`,
};

const ENTITY_TYPES: Readonly<Record<string, string>> = {
  Course: $localize`:@@admin.audit.entity.course:Course`,
  Lesson: $localize`:@@admin.audit.entity.lesson:Lesson`,
  LessonMaterial: $localize`:@@admin.audit.entity.material:Material`,
  Enrollment: $localize`:@@admin.audit.entity.student:Student`,
  Order: $localize`:@@admin.audit.entity.order:Order`,
  LessonQuestion: $localize`:@@admin.audit.entity.question:Question`,
};

const text = (object: JsonObject | null, key: string): string | null => {
  const value = object?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/** The action in words, e.g. "Published course"; an action this page does not know reads "Lesson: archive". */
export function describeAction(entry: Pick<AuditItem, 'action' | 'details'>): string {
  if (entry.action === 'upload.complete') return UPLOADS[text(entry.details, 'kind') ?? ''] ?? $localize`:@@admin.audit.upload.other:Uploaded file`;
  const known = ACTIONS[entry.action];
  if (known) return known;
  const [entity, ...verb] = entry.action.split('.');
  const words = (part: string) => part.replace(/[-_]/g, ' ');
  return verb.length ? `${capitalise(words(entity))}: ${words(verb.join(' '))}` : capitalise(words(entity));
}

/**
 * What was changed, named the way an admin knows it: "Lesson “Turnarounds”", "Student friend@example.com".
 * A course's title comes from the course list when the entry itself does not carry it.
 */
export function describeEntity(
  entry: Pick<AuditItem, 'entityType' | 'entityId' | 'before' | 'after' | 'details'>,
  courseTitles: ReadonlyMap<string, string> = new Map(),
): string {
  const type = ENTITY_TYPES[entry.entityType] ?? entry.entityType;
  if (entry.entityType === 'Enrollment') return `${type} ${text(entry.details, 'email') ?? entry.entityId}`;
  const title =
    text(entry.after, 'title') ??
    text(entry.before, 'title') ??
    (entry.entityType === 'Course' ? courseTitles.get(entry.entityId) : undefined) ??
    text(entry.details, 'fileName');
  return title ? `${type} “${title}”` : `${type} ${entry.entityId}`;
}

/** Who made the change: their email when the entry has it, else their user id. */
export function describeActor(entry: Pick<AuditItem, 'actorId' | 'actorEmail'>): string {
  return entry.actorEmail ?? entry.actorId;
}

/** The reason an admin gave (grant, revoke), if any. */
export function auditReason(entry: Pick<AuditItem, 'details'>): string | null {
  return text(entry.details, 'reason');
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
