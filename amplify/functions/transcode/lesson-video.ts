import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents, isConditionalCheckFailed } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { logger } from '../shared/logger';

/** Video-status writes when a source arrives; a missing lesson is logged, never created. */
export async function markProcessing(lessonId: string, sourceKey: string): Promise<boolean> {
  return update(lessonId, {
    UpdateExpression: 'SET videoStatus = :status, sourceKey = :sourceKey, updatedAt = :now REMOVE videoFailureReason',
    ConditionExpression: 'attribute_exists(id)',
    ExpressionAttributeValues: { ':status': 'PROCESSING', ':sourceKey': sourceKey },
  });
}

export async function markFailed(lessonId: string, sourceKey: string | undefined, reason: string): Promise<boolean> {
  return update(lessonId, {
    UpdateExpression: sourceKey
      ? 'SET videoStatus = :status, videoFailureReason = :reason, sourceKey = :sourceKey, updatedAt = :now'
      : 'SET videoStatus = :status, videoFailureReason = :reason, updatedAt = :now',
    ConditionExpression: 'attribute_exists(id)',
    ExpressionAttributeValues: { ':status': 'FAILED', ':reason': reason.slice(0, 1000), ...(sourceKey ? { ':sourceKey': sourceKey } : {}) },
  });
}

async function update(
  lessonId: string,
  expression: { UpdateExpression: string; ConditionExpression: string; ExpressionAttributeValues: Record<string, unknown> },
): Promise<boolean> {
  try {
    await documents.send(
      new UpdateCommand({
        TableName: requireEnv('LESSON_TABLE'),
        Key: { id: lessonId },
        ...expression,
        ExpressionAttributeValues: { ...expression.ExpressionAttributeValues, ':now': new Date().toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    logger.warn('Lesson not updated: it does not exist', { lessonId });
    return false;
  }
}
