import { z } from 'zod';
import { recordId } from '../shared/record-id';

/** GraphQL Float: a byte count must still be a whole, positive, exactly representable number. */
const byteCount = z
  .number({ error: 'sizeBytes is required' })
  .int('sizeBytes must be a whole number of bytes above 0')
  .positive('sizeBytes must be a whole number of bytes above 0')
  .max(Number.MAX_SAFE_INTEGER, 'sizeBytes is too large');
const text = (field: string, max: number) =>
  z.string({ error: `${field} is required` }).trim().min(1, `${field} is required`).max(max, `${field} must be ${max} characters or fewer`);
const uploadId = text('uploadId', 2048);
const key = text('key', 1024);

export const createUploadArgs = z.object({
  kind: z.enum(['VIDEO', 'MATERIAL', 'COURSE_ART'], { error: 'kind must be VIDEO, MATERIAL or COURSE_ART' }),
  targetId: recordId('targetId', 'lesson or course'),
  lessonId: recordId('lessonId', 'lesson').nullish(),
  fileName: text('fileName', 255),
  contentType: text('contentType', 255),
  sizeBytes: byteCount,
});
export type CreateUploadArgs = z.infer<typeof createUploadArgs>;

export const resumeUploadArgs = z.object({ key, uploadId, sizeBytes: byteCount });

export const abortUploadArgs = z.object({ key, uploadId });

export const completeUploadArgs = z.object({
  key,
  uploadId,
  etags: z
    .array(z.string({ error: 'each etag must be text' }).min(1, 'an etag is empty').max(256, 'an etag must be 256 characters or fewer'), { error: 'etags is required' })
    .min(1, 'etags must list every uploaded part')
    .max(10_000, 'an upload has at most 10000 parts'),
});
export type CompleteUploadArgs = z.infer<typeof completeUploadArgs>;
