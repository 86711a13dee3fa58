import type { AuditItem, JsonObject } from './audit-entry';

const ACTIONS: Readonly<Record<string, string>> = {
  'course.create': 'Created course',
  'course.update': 'Edited course',
  'course.publish': 'Published course',
  'course.unpublish': 'Unpublished course',
  'course.delete': 'Deleted course',
  'lesson.create': 'Added lesson',
  'lesson.update': 'Edited lesson',
  'lesson.publish': 'Published lesson',
  'lesson.unpublish': 'Unpublished lesson',
  'lesson.delete': 'Deleted lesson',
  'lesson.reorder': 'Reordered lessons',
  'material.rename': 'Renamed material',
  'material.delete': 'Deleted material',
  'access.grant': 'Granted access',
  'access.revoke': 'Revoked access',
  'transcode.retry': 'Retried video processing',
  'order.refund': 'Refunded order',
  'question.answer': 'Answered question',
};

const UPLOADS: Readonly<Record<string, string>> = {
  VIDEO: 'Uploaded video',
  MATERIAL: 'Uploaded material',
  COURSE_ART: 'Uploaded course art',
};

const ENTITY_TYPES: Readonly<Record<string, string>> = {
  Course: 'Course',
  Lesson: 'Lesson',
  LessonMaterial: 'Material',
  Enrollment: 'Student',
  Order: 'Order',
  LessonQuestion: 'Question',
};

const text = (object: JsonObject | null, key: string): string | null => {
  const value = object?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/** The action in words, e.g. "Published course"; an action this page does not know reads "Lesson: archive". */
export function describeAction(entry: Pick<AuditItem, 'action' | 'details'>): string {
  if (entry.action === 'upload.complete') return UPLOADS[text(entry.details, 'kind') ?? ''] ?? 'Uploaded file';
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
