import { randomUUID } from 'node:crypto';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { documents, modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { s3 } from '../shared/s3';

export async function recordExists(tableEnv: 'LESSON_TABLE' | 'COURSE_TABLE', id: string): Promise<boolean> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: requireEnv(tableEnv), Key: { id }, ProjectionExpression: 'id' }),
  );
  return Item !== undefined;
}

export async function startMultipart(key: string, contentType: string): Promise<string> {
  const { UploadId } = await s3.send(
    new CreateMultipartUploadCommand({ Bucket: requireEnv('MEDIA_BUCKET_NAME'), Key: key, ContentType: contentType }),
  );
  if (!UploadId) throw new Error('S3 returned no UploadId');
  return UploadId;
}

export function signParts(key: string, uploadId: string, parts: number, expiresIn: number): Promise<string[]> {
  const bucket = requireEnv('MEDIA_BUCKET_NAME');
  return Promise.all(
    Array.from({ length: parts }, (_, index) =>
      getSignedUrl(s3, new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: index + 1 }), {
        expiresIn,
      }),
    ),
  );
}

export async function completeMultipart(key: string, uploadId: string, etags: readonly string[]): Promise<void> {
  await s3.send(
    new CompleteMultipartUploadCommand({
      Bucket: requireEnv('MEDIA_BUCKET_NAME'),
      Key: key,
      UploadId: uploadId,
      MultipartUpload: { Parts: etags.map((ETag, index) => ({ ETag, PartNumber: index + 1 })) },
    }),
  );
}

export async function audit(entry: {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
}): Promise<void> {
  const now = new Date().toISOString();
  await documents.send(
    new PutCommand({
      TableName: requireEnv('AUDIT_ENTRY_TABLE'),
      Item: { id: randomUUID(), ...entry, at: now, ...modelAttributes('AuditEntry', now) },
    }),
  );
}
