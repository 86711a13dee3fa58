import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { documents, isConditionalCheckFailed } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { correlate, logger } from '../shared/logger';
import { hlsPrefix } from '../transcode/hls-ladder';
import { jobOutcome } from './job-outcome';
import { jobStateChangeDetail } from './schema';

type JobStateChange = EventBridgeEvent<'MediaConvert Job State Change', unknown>;

/**
 * MediaConvert job finished → Lesson READY (with hlsPrefix and duration) or FAILED (with reason).
 * Idempotent: a repeated event writes the same values. When the job names its source, a job for a
 * source that has since been replaced changes nothing.
 */
export const handler = async (event: JobStateChange, context?: Context): Promise<void> => {
  const parsed = jobStateChangeDetail.safeParse(event.detail);
  if (!parsed.success) {
    logger.error('Ignoring malformed MediaConvert event', { eventId: event.id, issues: parsed.error.issues });
    return;
  }
  const detail = parsed.data;
  const { lessonId, sourceKey } = detail.userMetadata;
  correlate({ eventId: event.id, jobId: detail.jobId, lessonId }, context);

  const outcome = jobOutcome(detail);
  if (outcome.kind === 'ignored') {
    logger.info('Ignoring job status', { status: detail.status });
    return;
  }
  const now = new Date().toISOString();
  const update: Omit<UpdateCommandInput, 'TableName' | 'Key'> =
    outcome.kind === 'ready'
      ? {
          UpdateExpression:
            outcome.durationSeconds === null
              ? 'SET videoStatus = :status, hlsPrefix = :prefix, updatedAt = :now REMOVE videoFailureReason'
              : 'SET videoStatus = :status, hlsPrefix = :prefix, durationSeconds = :duration, updatedAt = :now REMOVE videoFailureReason',
          ExpressionAttributeValues: {
            ':status': 'READY',
            ':prefix': hlsPrefix(lessonId),
            ':now': now,
            ...(outcome.durationSeconds === null ? {} : { ':duration': outcome.durationSeconds }),
          },
        }
      : {
          UpdateExpression: 'SET videoStatus = :status, videoFailureReason = :reason, updatedAt = :now',
          ExpressionAttributeValues: { ':status': 'FAILED', ':reason': outcome.reason.slice(0, 1000), ':now': now },
        };

  try {
    await documents.send(
      new UpdateCommand({
        TableName: requireEnv('LESSON_TABLE'),
        Key: { id: lessonId },
        ...update,
        ConditionExpression: sourceKey ? 'attribute_exists(id) AND sourceKey = :sourceKey' : 'attribute_exists(id)',
        ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ...(sourceKey ? { ':sourceKey': sourceKey } : {}) },
      }),
    );
    logger.info('Lesson video updated', { outcome: outcome.kind });
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    logger.warn('Lesson missing or its source was replaced; nothing to update');
  }
};
