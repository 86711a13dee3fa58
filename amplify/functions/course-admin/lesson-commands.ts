import { randomUUID } from 'node:crypto';
import { modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { conflict } from '../shared/errors';
import * as store from './admin-store';
import { auditView, writeAudited, type Actor } from './audited-write';
import { checkReorder, nextPosition } from './course-rules';
import { requireCourse, requireLesson } from './existing-records';
import { lessonMedia, removeMedia } from './media-cleanup';
import type { LessonRecord, PublicationStatus } from './records';
import { MAX_LESSONS_PER_COURSE, type LessonFields } from './schema';

type LessonEdit = Omit<LessonFields, 'courseId'>;

const changedMeanwhile = 'the lesson or its course was changed or deleted meanwhile: reload and try again';
const courseExists = (courseId: string) => ({
  ConditionCheck: { TableName: requireEnv('COURSE_TABLE'), Key: { id: courseId }, ConditionExpression: 'attribute_exists(id)' },
});

/** A new lesson is a draft without video, placed after the course's last lesson. */
export async function createLesson(actor: Actor, { courseId, ...fields }: LessonFields): Promise<LessonRecord> {
  await requireCourse(courseId);
  const lessons = await store.listLessons(courseId);
  if (lessons.length >= MAX_LESSONS_PER_COURSE) throw conflict(`a course can have at most ${MAX_LESSONS_PER_COURSE} lessons`);
  const now = new Date().toISOString();
  const lesson: LessonRecord = {
    id: randomUUID(),
    courseId,
    ...fields,
    position: nextPosition(lessons),
    status: 'DRAFT',
    videoStatus: 'NONE',
    ...modelAttributes('Lesson', now),
  };
  await writeAudited(
    actor,
    [courseExists(courseId), { Put: { TableName: requireEnv('LESSON_TABLE'), Item: lesson, ConditionExpression: 'attribute_not_exists(id)' } }],
    { action: 'lesson.create', entityType: 'Lesson', entityId: lesson.id, courseId, after: auditView(lesson) },
    changedMeanwhile,
  );
  return lesson;
}

/** Changes only what the admin edits: the media functions may be writing the video fields meanwhile. */
export async function updateLesson(actor: Actor, id: string, fields: LessonEdit): Promise<LessonRecord> {
  const before = await requireLesson(id);
  const now = new Date().toISOString();
  const after: LessonRecord = { ...before, ...fields, updatedAt: now };
  if (fields.description === undefined) delete after.description;
  await writeAudited(
    actor,
    [
      {
        Update: {
          TableName: requireEnv('LESSON_TABLE'),
          Key: { id },
          UpdateExpression: `SET #title = :title, freePreview = :freePreview, updatedAt = :now${fields.description === undefined ? ' REMOVE #description' : ', #description = :description'}`,
          ConditionExpression: 'attribute_exists(id)',
          ExpressionAttributeNames: { '#title': 'title', '#description': 'description' },
          ExpressionAttributeValues: {
            ':title': fields.title,
            ':freePreview': fields.freePreview,
            ':now': now,
            ...(fields.description === undefined ? {} : { ':description': fields.description }),
          },
        },
      },
    ],
    {
      action: 'lesson.update',
      entityType: 'Lesson',
      entityId: id,
      courseId: before.courseId,
      before: { title: before.title, description: before.description ?? null, freePreview: before.freePreview },
      after: { title: after.title, description: after.description ?? null, freePreview: after.freePreview },
    },
    changedMeanwhile,
  );
  return after;
}

export async function setLessonStatus(actor: Actor, id: string, status: PublicationStatus): Promise<LessonRecord> {
  const before = await requireLesson(id);
  if (before.status === status) return before;
  const now = new Date().toISOString();
  await writeAudited(
    actor,
    [
      {
        Update: {
          TableName: requireEnv('LESSON_TABLE'),
          Key: { id },
          UpdateExpression: 'SET #status = :status, updatedAt = :now',
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ':from': before.status, ':now': now },
        },
      },
    ],
    {
      action: status === 'PUBLISHED' ? 'lesson.publish' : 'lesson.unpublish',
      entityType: 'Lesson',
      entityId: id,
      courseId: before.courseId,
      before: { status: before.status },
      after: { status },
    },
    changedMeanwhile,
  );
  return { ...before, status, updatedAt: now };
}

/** The lesson goes with its own materials; the other lessons keep their order. */
export async function deleteLesson(actor: Actor, id: string): Promise<string> {
  const lesson = await requireLesson(id);
  const materials = (await store.listMaterials(lesson.courseId)).filter((material) => material.lessonId === id);
  await writeAudited(
    actor,
    [
      { Delete: { TableName: requireEnv('LESSON_TABLE'), Key: { id }, ConditionExpression: 'attribute_exists(id)' } },
      ...materials.map((material) => ({
        Delete: {
          TableName: requireEnv('LESSON_MATERIAL_TABLE'),
          Key: { id: material.id },
          ConditionExpression: 'lessonId = :lessonId',
          ExpressionAttributeValues: { ':lessonId': id },
        },
      })),
    ],
    {
      action: 'lesson.delete',
      entityType: 'Lesson',
      entityId: id,
      courseId: lesson.courseId,
      before: auditView(lesson),
      details: { materialIds: materials.map((material) => material.id) },
    },
    changedMeanwhile,
  );
  await removeMedia([lessonMedia(lesson), { keys: materials.map((material) => material.fileKey), prefixes: [] }]);
  return id;
}

/** Positions become 1..n in the given order, all in one transaction with one audit entry. */
export async function reorderLessons(actor: Actor, courseId: string, lessonIds: readonly string[]): Promise<LessonRecord[]> {
  await requireCourse(courseId);
  const lessons = await store.listLessons(courseId);
  const check = checkReorder(lessons.map((lesson) => lesson.id), lessonIds);
  if (!check.ok) throw conflict(check.reason);
  const now = new Date().toISOString();
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const reordered = lessonIds.map((id, index) => ({ ...byId.get(id)!, position: index + 1, updatedAt: now }));
  await writeAudited(
    actor,
    [
      courseExists(courseId),
      ...reordered.map((lesson) => ({
        Update: {
          TableName: requireEnv('LESSON_TABLE'),
          Key: { id: lesson.id },
          UpdateExpression: 'SET #position = :position, updatedAt = :now',
          ConditionExpression: 'courseId = :courseId',
          ExpressionAttributeNames: { '#position': 'position' },
          ExpressionAttributeValues: { ':position': lesson.position, ':now': now, ':courseId': courseId },
        },
      })),
    ],
    {
      action: 'lesson.reorder',
      entityType: 'Course',
      entityId: courseId,
      courseId,
      before: { lessonIds: lessons.map((lesson) => lesson.id) },
      after: { lessonIds: [...lessonIds] },
    },
    changedMeanwhile,
  );
  return reordered;
}
