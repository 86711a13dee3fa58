import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documents, isConditionalCheckFailed, modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { conflict } from '../shared/errors';

type Item = Record<string, unknown>;

export async function getCourse(id: string): Promise<Item | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('COURSE_TABLE'), Key: { id }, ConsistentRead: true }));
  return Item;
}

export async function getLesson(id: string): Promise<Item | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('LESSON_TABLE'), Key: { id }, ConsistentRead: true }));
  return Item;
}

/** Writes an audit entry unless one with its id exists already (a repeated completion). */
export async function putAudit(audit: Item): Promise<void> {
  try {
    await documents.send(
      new PutCommand({ TableName: requireEnv('AUDIT_ENTRY_TABLE'), Item: audit, ConditionExpression: 'attribute_not_exists(id)' }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/**
 * Sets the course's art and writes its audit entry in one transaction. The update is conditional on
 * the art the audit's `before` names, so a concurrent change cannot slip between read and write.
 */
export async function setCourseArt(courseId: string, previousArtKey: string | undefined, artKey: string, audit: Item): Promise<void> {
  const now = String(audit['at']);
  await transact([
    {
      Update: {
        TableName: requireEnv('COURSE_TABLE'),
        Key: { id: courseId },
        UpdateExpression: 'SET artKey = :art, updatedAt = :now',
        ConditionExpression: previousArtKey === undefined ? 'attribute_exists(id) AND attribute_not_exists(artKey)' : 'artKey = :previous',
        ExpressionAttributeValues: { ':art': artKey, ':now': now, ...(previousArtKey === undefined ? {} : { ':previous': previousArtKey }) },
      },
    },
    auditPut(audit),
  ]);
}

export interface NewMaterial {
  readonly id: string;
  readonly courseId: string;
  readonly lessonId?: string;
  readonly title: string;
  readonly fileKey: string;
  readonly contentType: string;
  readonly sizeBytes: number;
}

/** Creates the material and its audit entry in one transaction, while its course (and lesson) still exist. */
export async function createMaterial(material: NewMaterial, audit: Item): Promise<void> {
  const now = String(audit['at']);
  const lessonCheck = material.lessonId
    ? [
        {
          ConditionCheck: {
            TableName: requireEnv('LESSON_TABLE'),
            Key: { id: material.lessonId },
            ConditionExpression: 'courseId = :course',
            ExpressionAttributeValues: { ':course': material.courseId },
          },
        },
      ]
    : [];
  await transact([
    {
      ConditionCheck: {
        TableName: requireEnv('COURSE_TABLE'),
        Key: { id: material.courseId },
        ConditionExpression: 'attribute_exists(id)',
      },
    },
    ...lessonCheck,
    {
      Put: {
        TableName: requireEnv('LESSON_MATERIAL_TABLE'),
        Item: { ...material, ...modelAttributes('LessonMaterial', now) },
        ConditionExpression: 'attribute_not_exists(id)',
      },
    },
    auditPut(audit),
  ]);
}

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

function auditPut(audit: Item): TransactItems[number] {
  return { Put: { TableName: requireEnv('AUDIT_ENTRY_TABLE'), Item: audit, ConditionExpression: 'attribute_not_exists(id)' } };
}

/**
 * Runs one transaction whose last item is the audit entry. When the audit entry's own condition
 * failed, this very upload was recorded before (a repeated completion): that is success. Any other
 * failed condition means the records changed meanwhile.
 */
async function transact(items: TransactItems): Promise<void> {
  try {
    await documents.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    if (error.CancellationReasons?.[items.length - 1]?.Code === 'ConditionalCheckFailed') return;
    throw conflict('the course or lesson changed or was deleted while the file was uploading: nothing was saved');
  }
}
