import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

export type LessonRecord = Schema['Lesson']['type'];

/** The stored lesson (strongly consistent: retry answers with the status it has just written). */
export async function getLesson(id: string): Promise<LessonRecord | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('LESSON_TABLE'), Key: { id }, ConsistentRead: true }));
  return (Item as LessonRecord | undefined) ?? null;
}
