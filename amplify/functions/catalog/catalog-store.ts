import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { documents, queryAll } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { SignedCache } from '../shared/signed-cache';
import { s3 } from '../shared/s3';
import type { CourseRecord, LessonRecord, MaterialRecord } from './records';

/** GSI names as the Amplify transformer generates them from the schema's secondaryIndexes. */
export const indexes = {
  coursesByStatus: 'coursesByStatusAndTitle',
  lessonsByCourse: 'lessonsByCourseIdAndPosition',
  materialsByCourse: 'lessonMaterialsByCourseId',
} as const;

const ART_URL_SECONDS = 60 * 60;

export async function getCourse(courseId: string): Promise<CourseRecord | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('COURSE_TABLE'), Key: { id: courseId } }));
  return (Item as CourseRecord | undefined) ?? null;
}

export function listPublishedCourses(): Promise<CourseRecord[]> {
  return queryAll<CourseRecord>({
    TableName: requireEnv('COURSE_TABLE'),
    IndexName: indexes.coursesByStatus,
    KeyConditionExpression: '#status = :published',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':published': 'PUBLISHED' },
  });
}

export function listLessons(courseId: string): Promise<LessonRecord[]> {
  return queryAll<LessonRecord>({
    TableName: requireEnv('LESSON_TABLE'),
    IndexName: indexes.lessonsByCourse,
    KeyConditionExpression: 'courseId = :courseId',
    ExpressionAttributeValues: { ':courseId': courseId },
  });
}

export function listMaterials(courseId: string): Promise<MaterialRecord[]> {
  return queryAll<MaterialRecord>({
    TableName: requireEnv('LESSON_MATERIAL_TABLE'),
    IndexName: indexes.materialsByCourse,
    KeyConditionExpression: 'courseId = :courseId',
    ExpressionAttributeValues: { ':courseId': courseId },
  });
}

/** Cover art is public in the catalog: one URL per image for 15 minutes, so browsers can cache the image too. */
const artUrls = new SignedCache<string>({ minRemainingMs: 45 * 60_000, maxEntries: 500 });

export async function signArtUrl(artKey: string | null | undefined): Promise<string | null> {
  if (!artKey) return null;
  const { value } = await artUrls.get(artKey, async () => {
    const signedAt = Date.now();
    const command = new GetObjectCommand({ Bucket: requireEnv('MEDIA_BUCKET_NAME'), Key: artKey });
    return { value: await getSignedUrl(s3, command, { expiresIn: ART_URL_SECONDS }), expiresAt: signedAt + ART_URL_SECONDS * 1000 };
  });
  return value;
}
