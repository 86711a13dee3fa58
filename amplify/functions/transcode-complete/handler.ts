import type { Context, EventBridgeEvent } from 'aws-lambda';
import { markFailed, markReady } from '../shared/lesson-video';
import { correlate, logger } from '../shared/logger';
import { hlsPrefix } from '../transcode/hls-ladder';
import { jobOutcome } from './job-outcome';
import { jobStateChangeDetail } from './schema';

type JobStateChange = EventBridgeEvent<'MediaConvert Job State Change', unknown>;

/**
 * MediaConvert job finished → Lesson READY (with hlsPrefix and duration) or FAILED (with reason).
 * Idempotent: a repeated event writes the same values. A job for a source that has since been
 * replaced changes nothing.
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
  const changed =
    outcome.kind === 'ready'
      ? await markReady(lessonId, sourceKey, { hlsPrefix: hlsPrefix(lessonId), durationSeconds: outcome.durationSeconds ?? undefined })
      : await markFailed(lessonId, sourceKey, outcome.reason);
  if (changed) logger.info('Lesson video updated', { outcome: outcome.kind });
  else logger.warn('Lesson missing or its source was replaced; nothing to update');
};
