import type { Context, S3Event, S3EventRecord } from 'aws-lambda';
import { requireEnv } from '../shared/env';
import { markUploaded } from '../shared/lesson-video';
import { correlate, logger } from '../shared/logger';
import { decodeS3EventKey, lessonIdFromSourceKey } from './source-key';
import { startTranscode } from './start-transcode';

/** S3 ObjectCreated under uploads/<lessonId>/ → the lesson takes the new source and its transcode starts. */
export async function onSourceUploaded(event: S3Event, context?: Context): Promise<void> {
  for (const record of event.Records ?? []) {
    await transcodeRecord(record, context);
  }
}

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
  await startTranscode({ bucket, lessonId, sourceKey });
}
