import { CreateJobCommand } from '@aws-sdk/client-mediaconvert';
import { requireEnv } from '../shared/env';
import { markFailed, markProcessing } from '../shared/lesson-video';
import { logger } from '../shared/logger';
import { COULD_NOT_START, NOT_A_VIDEO } from './failure-reasons';
import { jobFolder } from './job-folder';
import { createJobInput } from './job-settings';
import { mediaConvert } from './media-convert';
import { probeSource } from './probe-source';

export interface TranscodeSource {
  readonly bucket: string;
  readonly lessonId: string;
  readonly sourceKey: string;
}

export type StartOutcome = 'started' | 'failed' | 'superseded';

/**
 * PROCESSING → Probe → CreateJob for the lesson's current source. Every way this can go wrong ends
 * with the lesson FAILED and a reason for a person (the service's own message is logged), so no lesson
 * waits forever; a source that is no longer the lesson's is left alone.
 */
export async function startTranscode(source: TranscodeSource): Promise<StartOutcome> {
  const { bucket, lessonId, sourceKey } = source;
  if (!(await markProcessing(lessonId, sourceKey, 0))) {
    logger.warn('Not transcoding: the lesson is gone, ready, or has another source now');
    return 'superseded';
  }
  const fileUrl = `s3://${bucket}/${sourceKey}`;
  try {
    const probe = await probeSource(mediaConvert, fileUrl);
    if (probe.kind === 'unreadable') {
      logger.warn('Source is not a readable video', { detail: probe.detail });
      await markFailed(lessonId, sourceKey, NOT_A_VIDEO);
      return 'failed';
    }
    logger.info('Source probed', { ...probe.video });
    const job = createJobInput({ bucket, lessonId, sourceKey, folder: jobFolder(lessonId, sourceKey), source: probe.video }, requireEnv('MEDIACONVERT_ROLE_ARN'));
    const { Job } = await mediaConvert.send(new CreateJobCommand(job));
    logger.info('Transcode job submitted', { jobId: Job?.Id, folder: job.UserMetadata?.['hlsPrefix'] });
    return 'started';
  } catch (error) {
    logger.error('Could not start the transcode', error instanceof Error ? error : String(error));
    await markFailed(lessonId, sourceKey, COULD_NOT_START);
    return 'failed';
  }
}
