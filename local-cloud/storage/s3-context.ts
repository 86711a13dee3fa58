import type { MultipartStore } from './multipart-store';
import type { ObjectMeta, StoredHeaders } from './object-store';
import { storedHeaderNames, type ObjectStore } from './object-store';
import type { ObjectCreatedEventName } from './s3-event';
import type { S3Request } from './s3-request';

/** Everything an S3 operation needs: the stores and how to announce a created object. */
export interface S3Context {
  readonly bucket: string;
  readonly objects: ObjectStore;
  readonly uploads: MultipartStore;
  readonly objectCreated: (eventName: ObjectCreatedEventName, object: ObjectMeta, request: S3Request) => void;
}

/** Content headers and x-amz-meta-* taken from a PUT / CreateMultipartUpload / CopyObject(REPLACE). */
export function headersToStore(request: S3Request): { headers: StoredHeaders; userMetadata: Record<string, string> } {
  const headers: StoredHeaders = {};
  for (const name of storedHeaderNames) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  // aws-chunked is transport framing, not a property of the object.
  const encoding = headers['content-encoding']?.split(',').map((token) => token.trim()).filter((token) => token && token !== 'aws-chunked');
  if (encoding?.length) headers['content-encoding'] = encoding.join(', ');
  else delete headers['content-encoding'];
  headers['content-type'] ??= 'binary/octet-stream';
  const userMetadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.startsWith('x-amz-meta-') && value !== undefined) userMetadata[name.slice('x-amz-meta-'.length)] = value;
  }
  return { headers, userMetadata };
}
