import { randomUUID } from 'node:crypto';
import type { TransactWriteItem } from '@aws-sdk/lib-dynamodb';
import { modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { conflict } from '../shared/errors';
import * as store from './admin-store';
import { auditView, MAX_TRANSACTION_ITEMS, writeAudited, type Actor } from './audited-write';
import { checkPublishable } from './course-rules';
import { requireCourse } from './existing-records';
import { courseMedia, lessonMedia, removeMedia } from './media-cleanup';
import type { CourseRecord, PublicationStatus } from './records';
import type { CourseFields } from './schema';

const changedMeanwhile = 'the course was changed or deleted meanwhile: reload it and try again';

export async function createCourse(actor: Actor, fields: CourseFields): Promise<CourseRecord> {
  const now = new Date().toISOString();
  const course: CourseRecord = { id: randomUUID(), ...fields, status: 'DRAFT', ...modelAttributes('Course', now) };
  await writeAudited(
    actor,
    [{ Put: { TableName: requireEnv('COURSE_TABLE'), Item: course, ConditionExpression: 'attribute_not_exists(id)' } }],
    { action: 'course.create', entityType: 'Course', entityId: course.id, courseId: course.id, after: auditView(course) },
    changedMeanwhile,
  );
  return course;
}

export async function updateCourse(actor: Actor, id: string, fields: CourseFields): Promise<CourseRecord> {
  const before = await requireCourse(id);
  const now = new Date().toISOString();
  const after: CourseRecord = { ...before, ...fields, updatedAt: now };
  const names = Object.keys(fields) as (keyof CourseFields)[];
  await writeAudited(
    actor,
    [
      {
        Update: {
          TableName: requireEnv('COURSE_TABLE'),
          Key: { id },
          UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}, updatedAt = :now`,
          ConditionExpression: 'attribute_exists(id)',
          ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
          ExpressionAttributeValues: { ...Object.fromEntries(names.map((name) => [`:${name}`, fields[name]])), ':now': now },
        },
      },
    ],
    { action: 'course.update', entityType: 'Course', entityId: id, courseId: id, before: pick(before, names), after: pick(after, names) },
    changedMeanwhile,
  );
  return after;
}

/**
 * Publishing needs a published lesson that plays; the transaction re-checks that lesson, so a
 * concurrent unpublish or delete of it refuses the publish instead of racing it.
 */
export async function setCourseStatus(actor: Actor, id: string, status: PublicationStatus): Promise<CourseRecord> {
  const before = await requireCourse(id);
  if (before.status === status) return before;
  const changes: TransactWriteItem[] = [];
  if (status === 'PUBLISHED') {
    const check = checkPublishable(await store.listLessons(id));
    if (!check.ok) throw conflict(`the course cannot be published yet: ${check.reason}`);
    changes.push({
      ConditionCheck: {
        TableName: requireEnv('LESSON_TABLE'),
        Key: { id: check.playableLessonId },
        ConditionExpression: 'courseId = :courseId AND #status = :published AND (attribute_exists(hlsPrefix) OR videoStatus = :ready)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':courseId': id, ':published': 'PUBLISHED', ':ready': 'READY' },
      },
    });
  }
  const now = new Date().toISOString();
  const after: CourseRecord = { ...before, status, updatedAt: now, ...(status === 'PUBLISHED' ? { publishedAt: now } : {}) };
  changes.push({
    Update: {
      TableName: requireEnv('COURSE_TABLE'),
      Key: { id },
      UpdateExpression: `SET #status = :status, updatedAt = :now${status === 'PUBLISHED' ? ', publishedAt = :now' : ''}`,
      ConditionExpression: '#status = :from',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status, ':from': before.status, ':now': now },
    },
  });
  await writeAudited(
    actor,
    changes,
    {
      action: status === 'PUBLISHED' ? 'course.publish' : 'course.unpublish',
      entityType: 'Course',
      entityId: id,
      courseId: id,
      before: { status: before.status },
      after: { status },
    },
    changedMeanwhile,
  );
  return after;
}

/** Refused while anyone is enrolled; otherwise the course goes with its lessons and materials. */
export async function deleteCourse(actor: Actor, id: string): Promise<string> {
  const course = await requireCourse(id);
  if (await store.hasEnrollments(id)) throw conflict('students are enrolled: unpublish it instead');
  const [lessons, materials] = await Promise.all([store.listLessons(id), store.listMaterials(id)]);
  if (lessons.length + materials.length + 2 > MAX_TRANSACTION_ITEMS) {
    throw conflict('the course has too many lessons and materials to delete at once: delete some of its lessons first');
  }
  const belongsHere = { ConditionExpression: 'courseId = :courseId', ExpressionAttributeValues: { ':courseId': id } };
  await writeAudited(
    actor,
    [
      { Delete: { TableName: requireEnv('COURSE_TABLE'), Key: { id }, ConditionExpression: 'attribute_exists(id)' } },
      ...lessons.map((lesson) => ({ Delete: { TableName: requireEnv('LESSON_TABLE'), Key: { id: lesson.id }, ...belongsHere } })),
      ...materials.map((material) => ({ Delete: { TableName: requireEnv('LESSON_MATERIAL_TABLE'), Key: { id: material.id }, ...belongsHere } })),
    ],
    {
      action: 'course.delete',
      entityType: 'Course',
      entityId: id,
      courseId: id,
      before: auditView(course),
      details: { lessonIds: lessons.map((lesson) => lesson.id), materialIds: materials.map((material) => material.id) },
    },
    changedMeanwhile,
  );
  await removeMedia([courseMedia(id), ...lessons.map(lessonMedia), { keys: materials.map((material) => material.fileKey), prefixes: [] }]);
  return id;
}

function pick(record: object, names: readonly string[]): Record<string, unknown> {
  const fields = record as Record<string, unknown>;
  return Object.fromEntries(names.map((name) => [name, fields[name]]));
}
