import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documents, queryAll } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import type { CourseRecord, EnrollmentRecord, LessonRecord, MaterialRecord, OrderRecord } from './records';

/** GSI names as the Amplify transformer generates them from the schema's secondaryIndexes. */
export const indexes = {
  lessonsByCourse: 'lessonsByCourseIdAndPosition',
  materialsByCourse: 'lessonMaterialsByCourseId',
  enrollmentsByCourse: 'enrollmentsByCourseId',
  ordersByCourse: 'ordersByCourseId',
} as const;

export const getCourse = (id: string) => getItem<CourseRecord>('COURSE_TABLE', { id });
export const getLesson = (id: string) => getItem<LessonRecord>('LESSON_TABLE', { id });
export const getMaterial = (id: string) => getItem<MaterialRecord>('LESSON_MATERIAL_TABLE', { id });
export const getEnrollment = (userId: string, courseId: string) => getItem<EnrollmentRecord>('ENROLLMENT_TABLE', { userId, courseId });

export async function getProfileEmail(userId: string): Promise<string | null> {
  const profile = await getItem<{ email?: string }>('USER_PROFILE_TABLE', { userId });
  return profile?.email ?? null;
}

/** The course's lessons in position order. */
export const listLessons = (courseId: string) => queryByCourse<LessonRecord>('LESSON_TABLE', indexes.lessonsByCourse, courseId);
export const listMaterials = (courseId: string) => queryByCourse<MaterialRecord>('LESSON_MATERIAL_TABLE', indexes.materialsByCourse, courseId);
export const listEnrollments = (courseId: string) => queryByCourse<EnrollmentRecord>('ENROLLMENT_TABLE', indexes.enrollmentsByCourse, courseId);
export const listOrders = (courseId: string) => queryByCourse<OrderRecord>('ORDER_TABLE', indexes.ordersByCourse, courseId);

export async function hasEnrollments(courseId: string): Promise<boolean> {
  const page = await documents.send(
    new QueryCommand({
      TableName: requireEnv('ENROLLMENT_TABLE'),
      IndexName: indexes.enrollmentsByCourse,
      KeyConditionExpression: 'courseId = :courseId',
      ExpressionAttributeValues: { ':courseId': courseId },
      Limit: 1,
    }),
  );
  return (page.Items?.length ?? 0) > 0;
}

async function getItem<T>(tableEnv: string, key: Record<string, string>): Promise<T | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv(tableEnv), Key: key, ConsistentRead: true }));
  return (Item as T | undefined) ?? null;
}

async function queryByCourse<T>(tableEnv: string, indexName: string, courseId: string): Promise<T[]> {
  return queryAll<T>({
    TableName: requireEnv(tableEnv),
    IndexName: indexName,
    KeyConditionExpression: 'courseId = :courseId',
    ExpressionAttributeValues: { ':courseId': courseId },
  });
}
