import type { Context, S3Event } from 'aws-lambda';
import { retryTranscode, type RetryTranscodeEvent } from './retry-transcode';
import { onSourceUploaded } from './source-uploaded';

/**
 * Two callers: S3 ObjectCreated under uploads/ (a new source) and AppSync's retryTranscode mutation
 * (the same source again after a failure). Both end in startTranscode.
 */
export const handler = async (event: S3Event | RetryTranscodeEvent, context?: Context) => {
  if ('Records' in event) return onSourceUploaded(event, context);
  return retryTranscode(event, context);
};
