import { GetObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Schema } from '../../data/resource';
import { documents } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { s3 } from '../shared/s3';

export type LessonRecord = Pick<
  Schema['Lesson']['type'],
  'id' | 'courseId' | 'status' | 'freePreview' | 'hlsPrefix'
>;
export type CourseRecord = Pick<Schema['Course']['type'], 'id' | 'status'>;
export type MaterialRecord = Pick<Schema['LessonMaterial']['type'], 'id' | 'courseId' | 'lessonId' | 'title' | 'fileKey' | 'contentType'>;

export const getLesson = (id: string) => getItem<LessonRecord>('LESSON_TABLE', { id });
export const getCourse = (id: string) => getItem<CourseRecord>('COURSE_TABLE', { id });
export const getMaterial = (id: string) => getItem<MaterialRecord>('LESSON_MATERIAL_TABLE', { id });

export async function readText(key: string): Promise<string> {
  const object = await s3.send(new GetObjectCommand({ Bucket: requireEnv('MEDIA_BUCKET_NAME'), Key: key }));
  if (!object.Body) throw new Error(`Empty object ${key}`);
  return object.Body.transformToString('utf-8');
}

export function signGet(key: string, expiresIn: number, downloadName?: string): Promise<string> {
  const command = new GetObjectCommand({
    Bucket: requireEnv('MEDIA_BUCKET_NAME'),
    Key: key,
    ResponseContentDisposition: downloadName ? attachment(downloadName) : undefined,
  });
  return getSignedUrl(s3, command, { expiresIn });
}

/** RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function getItem<T>(tableEnv: string, key: Record<string, string>): Promise<T | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv(tableEnv), Key: key }));
  return (Item as T | undefined) ?? null;
}
