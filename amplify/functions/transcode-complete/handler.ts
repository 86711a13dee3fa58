import type { Context, EventBridgeEvent } from 'aws-lambda';
import { markFailed, markProcessing, markReady } from '../shared/lesson-video';
import { correlate, logger } from '../shared/logger';
import { isJobFolderOf } from '../transcode/job-folder';
import { jobOutcome } from './job-outcome';
import { notifyAdminsOfFailure } from './notify-admins';
import { jobStateChangeDetail } from './schema';

type JobStateChange = EventBridgeEvent<'MediaConvert Job State Change', unknown>;

/**
 * MediaConvert job state → the lesson's video status: PROCESSING with percent, READY (the job's
 * folder becomes the playable hlsPrefix, with duration and poster) or FAILED (a reason for a person;
 * MediaConvert's message is logged; admins are emailed). Idempotent, and a job for a source that has since been replaced
 * changes nothing (every write is conditional on the source; see shared/lesson-video.ts).
 */
export const handler = async (event: JobStateChange, context?: Context): Promise<void> => {
  const parsed = jobStateChangeDetail.safeParse(event.detail);
  if (!parsed.success) {
    logger.error('Ignoring malformed MediaConvert event', { eventId: event.id, issues: parsed.error.issues });
    return;
  }
  const detail = parsed.data;
  const { lessonId, sourceKey, hlsPrefix } = detail.userMetadata;
  correlate({ eventId: event.id, jobId: detail.jobId, lessonId, status: detail.status }, context);
  if (!isJobFolderOf(lessonId, hlsPrefix)) {
    logger.error('Ignoring a job whose output folder is not one of the lesson’s', { hlsPrefix });
    return;
  }

  const outcome = jobOutcome(detail);
  let changed: boolean;
  switch (outcome.kind) {
    case 'ignored':
      logger.info('Ignoring job status');
      return;
    case 'processing':
      changed = await markProcessing(lessonId, sourceKey, outcome.percent);
      break;
    case 'ready':
      changed = await markReady(lessonId, sourceKey, { hlsPrefix, durationSeconds: outcome.durationSeconds, posterKey: outcome.posterKey });
      break;
    case 'failed':
      logger.warn('Transcode failed', { mediaConvert: outcome.detail });
      changed = await markFailed(lessonId, sourceKey, outcome.reason);
      // Only the source the lesson still names: a failed job for a replaced video is no news.
      if (changed) await notifyAdminsOfFailure(lessonId, outcome.reason);
      break;
  }
  if (changed) logger.info('Lesson video updated', { outcome: outcome.kind });
  else logger.warn('Lesson missing, its source replaced, or already ready; nothing to update');
};
