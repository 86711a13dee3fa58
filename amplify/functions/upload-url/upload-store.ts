import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  ListPartsCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { requireEnv } from '../shared/env';
import { badRequest, notFound } from '../shared/errors';
import { s3 } from '../shared/s3';

/**
 * What completeUpload needs to know beyond the key, stored on the object itself when the upload
 * starts (S3 user metadata: ASCII only, so the file name is URI-encoded).
 */
export interface UploadMetadata {
  readonly fileName: string;
  readonly lessonId?: string;
}

export interface StoredPart {
  readonly partNumber: number;
  readonly etag: string;
  readonly sizeBytes: number;
}

export interface StoredObject {
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly metadata: UploadMetadata;
}

const bucket = (): string => requireEnv('MEDIA_BUCKET_NAME');

export async function startMultipart(key: string, contentType: string, metadata: UploadMetadata): Promise<string> {
  const { UploadId } = await s3.send(
    new CreateMultipartUploadCommand({
      Bucket: bucket(),
      Key: key,
      ContentType: contentType,
      Metadata: {
        'file-name': encodeURIComponent(metadata.fileName),
        ...(metadata.lessonId ? { 'lesson-id': metadata.lessonId } : {}),
      },
    }),
  );
  if (!UploadId) throw new Error('S3 returned no UploadId');
  return UploadId;
}

export function signParts(key: string, uploadId: string, parts: number, expiresIn: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: parts }, (_, index) =>
      getSignedUrl(s3, new UploadPartCommand({ Bucket: bucket(), Key: key, UploadId: uploadId, PartNumber: index + 1 }), {
        expiresIn,
      }),
    ),
  );
}

/** Every part S3 holds for the upload, following ListParts' pages. */
export async function listParts(key: string, uploadId: string): Promise<StoredPart[]> {
  const parts: StoredPart[] = [];
  let marker: string | undefined;
  do {
    const page = await openUpload(() =>
      s3.send(new ListPartsCommand({ Bucket: bucket(), Key: key, UploadId: uploadId, PartNumberMarker: marker })),
    );
    for (const part of page.Parts ?? []) {
      if (part.PartNumber && part.ETag) parts.push({ partNumber: part.PartNumber, etag: part.ETag, sizeBytes: part.Size ?? 0 });
    }
    marker = page.IsTruncated ? page.NextPartNumberMarker : undefined;
  } while (marker);
  return parts;
}

/** Aborting an upload S3 no longer knows is not an error: the result is the same. */
export async function abortMultipart(key: string, uploadId: string): Promise<void> {
  try {
    await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket(), Key: key, UploadId: uploadId }));
  } catch (error) {
    if (s3ErrorName(error) !== 'NoSuchUpload') throw error;
  }
}

export async function completeMultipart(key: string, uploadId: string, etags: readonly string[]): Promise<void> {
  await openUpload(() =>
    s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket(),
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: etags.map((ETag, index) => ({ ETag, PartNumber: index + 1 })) },
      }),
    ),
  );
}

/** The stored object's type, size and upload metadata; undefined when there is no such object. */
export async function headObject(key: string): Promise<StoredObject | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket(), Key: key }));
    const metadata = head.Metadata ?? {};
    return {
      contentType: head.ContentType ?? 'application/octet-stream',
      sizeBytes: head.ContentLength ?? 0,
      metadata: { fileName: decodeFileName(metadata['file-name']), lessonId: metadata['lesson-id'] || undefined },
    };
  } catch (error) {
    if (s3ErrorName(error) === 'NotFound' || s3ErrorName(error) === 'NoSuchKey') return undefined;
    throw error;
  }
}

function decodeFileName(raw: string | undefined): string {
  try {
    return raw ? decodeURIComponent(raw) : '';
  } catch {
    return raw ?? '';
  }
}

/** S3's refusals of a multipart call, as errors a person can act on. */
async function openUpload<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    switch (s3ErrorName(error)) {
      case 'NoSuchUpload':
        throw notFound('this upload is no longer open (it was finished, cancelled or has expired): start it again');
      case 'InvalidPart':
      case 'InvalidPartOrder':
        throw badRequest('some parts of the file are missing or do not match: resume the upload to send them again');
      case 'EntityTooSmall':
        throw badRequest('a part of the file is smaller than storage accepts: start the upload again');
      default:
        throw error;
    }
  }
}

function s3ErrorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
