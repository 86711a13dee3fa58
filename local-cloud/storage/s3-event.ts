import { randomBytes } from 'node:crypto';
import type { S3Event } from 'aws-lambda';
import type { ObjectMeta } from './object-store';

export type ObjectCreatedEventName = 'ObjectCreated:Put' | 'ObjectCreated:CompleteMultipartUpload' | 'ObjectCreated:Copy';

let lastSequence = 0n;

/** Sequencers only need to grow per key; microseconds since the epoch keep them growing across restarts too. */
function nextSequencer(): string {
  const now = BigInt(Date.now()) * 1000n;
  lastSequence = now > lastSequence ? now : lastSequence + 1n;
  return lastSequence.toString(16).toUpperCase().padStart(18, '0');
}

/** Keys in S3 notifications are form-URL-encoded (space → '+') with '/' left as is. */
export function encodeEventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    )
    .join('/');
}

export function objectCreatedEvent(options: {
  bucket: string;
  region: string;
  eventName: ObjectCreatedEventName;
  object: ObjectMeta;
  requestId: string;
  sourceIp: string;
  principalId: string;
}): S3Event {
  const { bucket, object } = options;
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: options.region,
        eventTime: object.lastModified,
        eventName: options.eventName,
        userIdentity: { principalId: options.principalId },
        requestParameters: { sourceIPAddress: options.sourceIp },
        responseElements: { 'x-amz-request-id': options.requestId, 'x-amz-id-2': randomBytes(48).toString('base64') },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'local-object-created',
          bucket: { name: bucket, ownerIdentity: { principalId: options.principalId }, arn: `arn:aws:s3:::${bucket}` },
          object: { key: encodeEventKey(object.key), size: object.size, eTag: object.etag, sequencer: nextSequencer() },
        },
      },
    ],
  };
}
