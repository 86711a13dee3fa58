import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents, queryAll } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

type CourseRecord = Pick<Schema['Course']['type'], 'id' | 'title' | 'status'>;
type LessonRecord = Pick<Schema['Lesson']['type'], 'id' | 'status'>;

/** GSI names as the Amplify transformer generates them (lessonsByCourse, progressByLesson). */
const LESSONS_BY_COURSE_INDEX = 'lessonsByCourseIdAndPosition';
const PROGRESS_BY_LESSON_INDEX = 'lessonProgressesByLessonId';

export async function getCourse(courseId: string): Promise<CourseRecord | null> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: requireEnv('COURSE_TABLE'), Key: { id: courseId }, ProjectionExpression: 'id, title, #status', ExpressionAttributeNames: { '#status': 'status' } }),
  );
  return (Item as CourseRecord | undefined) ?? null;
}

/** How many of the course's published lessons there are and how many of them the user has not completed. */
export async function lessonsRemaining(userId: string, courseId: string): Promise<{ total: number; remaining: number }> {
  const lessons = await queryAll<LessonRecord>({
    TableName: requireEnv('LESSON_TABLE'),
    IndexName: LESSONS_BY_COURSE_INDEX,
    KeyConditionExpression: 'courseId = :courseId',
    ExpressionAttributeValues: { ':courseId': courseId },
    ProjectionExpression: 'id, #status',
    ExpressionAttributeNames: { '#status': 'status' },
  });
  const published = lessons.filter((lesson) => lesson.status === 'PUBLISHED');
  const completed = await Promise.all(published.map((lesson) => hasCompleted(userId, lesson.id)));
  return { total: published.length, remaining: completed.filter((done) => !done).length };
}

/**
 * LessonProgress is the owner's own record, stamped by AppSync with owner "<sub>::<username>" (or
 * "<sub>"), so it cannot name anyone else; the lesson's index holds every student's progress, which
 * the filter narrows to this user's completed one.
 */
async function hasCompleted(userId: string, lessonId: string): Promise<boolean> {
  const mine = await queryAll<{ id: string }>({
    TableName: requireEnv('LESSON_PROGRESS_TABLE'),
    IndexName: PROGRESS_BY_LESSON_INDEX,
    KeyConditionExpression: 'lessonId = :lessonId',
    FilterExpression: '(#owner = :sub OR begins_with(#owner, :prefix)) AND completed = :completed',
    ExpressionAttributeNames: { '#owner': 'owner' },
    ExpressionAttributeValues: { ':lessonId': lessonId, ':sub': userId, ':prefix': `${userId}::`, ':completed': true },
    ProjectionExpression: 'id',
  });
  return mine.length > 0;
}
