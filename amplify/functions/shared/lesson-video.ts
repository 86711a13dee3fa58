import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents, isConditionalCheckFailed } from './dynamo';
import { requireEnv } from './env';
import { logger } from './logger';

/**
 * A lesson's video status, written by upload-url, transcode and transcode-complete. Every write names
 * the source it is about: markUploaded makes that source the lesson's (the S3 trigger and
 * completeUpload both call it, in either order, and it never moves a lesson back once the source is
 * taken); every other write changes only a lesson whose source it still is, so a late or repeated
 * event for a replaced source changes nothing. hlsPrefix changes only with READY, so a replacement
 * keeps the old ladder playing. Each returns whether the lesson changed; a missing lesson is never created.
 */
export function markUploaded(lessonId: string, sourceKey: string): Promise<boolean> {
  return update(lessonId, {
    UpdateExpression: 'SET videoStatus = :status, sourceKey = :key, updatedAt = :now REMOVE videoFailureReason, videoProgressPercent',
    ConditionExpression: 'attribute_exists(id) AND (attribute_not_exists(sourceKey) OR sourceKey <> :key)',
    ExpressionAttributeValues: { ':status': 'UPLOADED', ':key': sourceKey },
  });
}

/** A late progress report never moves a READY lesson back. */
export function markProcessing(lessonId: string, sourceKey: string, progressPercent?: number): Promise<boolean> {
  const progress = progressPercent === undefined ? {} : { ':progress': Math.max(0, Math.min(100, Math.round(progressPercent))) };
  return update(lessonId, {
    UpdateExpression:
      progressPercent === undefined
        ? 'SET videoStatus = :status, updatedAt = :now REMOVE videoFailureReason, videoProgressPercent'
        : 'SET videoStatus = :status, videoProgressPercent = :progress, updatedAt = :now REMOVE videoFailureReason',
    ConditionExpression: 'sourceKey = :key AND videoStatus <> :ready',
    ExpressionAttributeValues: { ':status': 'PROCESSING', ':key': sourceKey, ':ready': 'READY', ...progress },
  });
}

export interface ReadyVideo {
  hlsPrefix: string;
  durationSeconds?: number;
  posterKey?: string;
}

export function markReady(lessonId: string, sourceKey: string, video: ReadyVideo): Promise<boolean> {
  const set = ['videoStatus = :status', 'hlsPrefix = :prefix', 'updatedAt = :now'];
  const values: Record<string, unknown> = { ':status': 'READY', ':key': sourceKey, ':prefix': video.hlsPrefix };
  if (video.durationSeconds !== undefined) {
    set.push('durationSeconds = :duration');
    values[':duration'] = Math.round(video.durationSeconds);
  }
  if (video.posterKey !== undefined) {
    set.push('posterKey = :poster');
    values[':poster'] = video.posterKey;
  }
  return update(lessonId, {
    UpdateExpression: `SET ${set.join(', ')} REMOVE videoFailureReason, videoProgressPercent`,
    ConditionExpression: 'sourceKey = :key',
    ExpressionAttributeValues: values,
  });
}

/** `reason` is shown to admins: write it for a person and log the technical detail. */
export function markFailed(lessonId: string, sourceKey: string, reason: string): Promise<boolean> {
  return update(lessonId, {
    UpdateExpression: 'SET videoStatus = :status, videoFailureReason = :reason, updatedAt = :now REMOVE videoProgressPercent',
    ConditionExpression: 'sourceKey = :key',
    ExpressionAttributeValues: { ':status': 'FAILED', ':key': sourceKey, ':reason': reason.slice(0, 1000) },
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
    logger.info('Lesson video unchanged: lesson missing, source replaced or already there', { lessonId });
    return false;
  }
}
