import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { auditEntryItem, type Actor } from '../shared/audit-entry';
import { documents, modelAttributes, queryAll } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

export type QuestionRecord = Pick<
  Schema['LessonQuestion']['type'],
  'id' | 'courseId' | 'lessonId' | 'positionSeconds' | 'text' | 'authorId' | 'authorName' | 'askedAt' | 'answer' | 'answeredAt' | 'answeredBy'
>;
export type LessonRecord = Pick<Schema['Lesson']['type'], 'id' | 'courseId' | 'title' | 'status' | 'durationSeconds'>;
export type CourseRecord = Pick<Schema['Course']['type'], 'id' | 'status'>;

/** The transformer's names for the LessonQuestion and Lesson secondary indexes. */
export const indexes = {
  questionsByLesson: 'lessonQuestionsByLessonIdAndAskedAt',
  questionsByCourse: 'lessonQuestionsByCourseIdAndAskedAt',
  lessonsByCourse: 'lessonsByCourseIdAndPosition',
} as const;

export const getLesson = (id: string) => getItem<LessonRecord>('LESSON_TABLE', { id });
export const getCourse = (id: string) => getItem<CourseRecord>('COURSE_TABLE', { id });
export const getQuestion = (id: string) => getItem<QuestionRecord>('LESSON_QUESTION_TABLE', { id });

export async function displayNameOf(userId: string): Promise<string | undefined> {
  const profile = await getItem<{ displayName?: string | null }>('USER_PROFILE_TABLE', { userId });
  return profile?.displayName?.trim() || undefined;
}

export async function putQuestion(question: QuestionRecord): Promise<void> {
  await documents.send(
    new PutCommand({
      TableName: requireEnv('LESSON_QUESTION_TABLE'),
      Item: { ...question, ...modelAttributes('LessonQuestion', question.askedAt) },
      ConditionExpression: 'attribute_not_exists(id)',
    }),
  );
}

export const questionsOfLesson = (lessonId: string) => questionsBy(indexes.questionsByLesson, 'lessonId', lessonId);
export const questionsOfCourse = (courseId: string) => questionsBy(indexes.questionsByCourse, 'courseId', courseId);

export async function lessonTitlesOf(courseId: string): Promise<Map<string, string>> {
  const lessons = await queryAll<{ id: string; title: string }>({
    TableName: requireEnv('LESSON_TABLE'),
    IndexName: indexes.lessonsByCourse,
    KeyConditionExpression: 'courseId = :courseId',
    ExpressionAttributeValues: { ':courseId': courseId },
    ProjectionExpression: 'id, title',
  });
  return new Map(lessons.map((lesson) => [lesson.id, lesson.title]));
}

/** The answer and its AuditEntry in one transaction; the question must still exist. */
export async function saveAnswer(question: QuestionRecord, answer: string, actor: Actor, at: string): Promise<QuestionRecord> {
  const answered = { ...question, answer, answeredAt: at, answeredBy: actor.id };
  const audit = auditEntryItem(actor, {
    action: 'question.answer',
    entityType: 'LessonQuestion',
    entityId: question.id,
    courseId: question.courseId,
    before: { answer: question.answer ?? null },
    after: { answer },
  }, at);
  await documents.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: requireEnv('LESSON_QUESTION_TABLE'),
            Key: { id: question.id },
            UpdateExpression: 'SET answer = :answer, answeredAt = :at, answeredBy = :by, updatedAt = :at',
            ConditionExpression: 'attribute_exists(id)',
            ExpressionAttributeValues: { ':answer': answer, ':at': at, ':by': actor.id },
          },
        },
        { Put: { TableName: requireEnv('AUDIT_ENTRY_TABLE'), Item: audit } },
      ],
    }),
  );
  return answered;
}

function questionsBy(indexName: string, key: 'lessonId' | 'courseId', value: string): Promise<QuestionRecord[]> {
  return queryAll<QuestionRecord>({
    TableName: requireEnv('LESSON_QUESTION_TABLE'),
    IndexName: indexName,
    KeyConditionExpression: '#key = :value',
    ExpressionAttributeNames: { '#key': key },
    ExpressionAttributeValues: { ':value': value },
  });
}

async function getItem<T>(tableEnv: string, key: Record<string, string>): Promise<T | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv(tableEnv), Key: key }));
  return (Item as T | undefined) ?? null;
}
