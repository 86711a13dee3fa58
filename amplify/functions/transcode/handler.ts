import { CreateJobCommand, MediaConvertClient } from '@aws-sdk/client-mediaconvert';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import type { Context, S3Event, S3EventRecord } from 'aws-lambda';
import { optionalEnv, requireEnv } from '../shared/env';
import { markFailed, markProcessing, markUploaded } from '../shared/lesson-video';
import { correlate, logger } from '../shared/logger';
import { s3 } from '../shared/s3';
import { toMediaConvertJobSettings } from './hls-ladder';
import { decodeS3EventKey, isVideoContentType, lessonIdFromSourceKey } from './source-key';

/** MEDIACONVERT_ENDPOINT is optional: current SDKs reach MediaConvert without an account endpoint. */
const mediaConvert = new MediaConvertClient({ endpoint: optionalEnv('MEDIACONVERT_ENDPOINT') });

/** S3 ObjectCreated under uploads/<lessonId>/ → MediaConvert HLS job, lesson PROCESSING. */
export const handler = async (event: S3Event, context?: Context): Promise<void> => {
  for (const record of event.Records ?? []) {
    await transcodeRecord(record, context);
  }
};

async function transcodeRecord(record: S3EventRecord, context?: Context): Promise<void> {
  const bucket = record.s3.bucket.name;
  const sourceKey = decodeS3EventKey(record.s3.object.key);
  const lessonId = lessonIdFromSourceKey(sourceKey);
  correlate({ sourceKey, lessonId: lessonId ?? undefined, s3RequestId: record.responseElements?.['x-amz-request-id'] }, context);
  if (!record.eventName?.startsWith('ObjectCreated') || !lessonId) {
    logger.warn('Ignoring object outside uploads/<lessonId>/', { eventName: record.eventName });
    return;
  }
  if (bucket !== requireEnv('MEDIA_BUCKET_NAME')) {
    logger.warn('Ignoring object from an unexpected bucket', { bucket });
    return;
  }
  await markUploaded(lessonId, sourceKey);

  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: sourceKey }));
  if (!isVideoContentType(head.ContentType)) {
    logger.warn('Rejecting non-video upload', { contentType: head.ContentType });
    await markFailed(lessonId, sourceKey, `Unsupported content type ${head.ContentType ?? 'unknown'}: upload a video file`);
    return;
  }

  const { Job } = await mediaConvert.send(
    new CreateJobCommand({
      Role: requireEnv('MEDIACONVERT_ROLE_ARN'),
      UserMetadata: { lessonId, sourceKey },
      Settings: toMediaConvertJobSettings(bucket, sourceKey, lessonId),
    }),
  );
  logger.info('Transcode job submitted', { jobId: Job?.Id });
  await markProcessing(lessonId, sourceKey);
}
