import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be a record id');
/** GraphQL Float: a byte count must still be a whole, positive, exactly representable number. */
const byteCount = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const uploadId = z.string().min(1).max(2048);
const key = z.string().min(1).max(1024);

export const createUploadArgs = z.object({
  kind: z.enum(['VIDEO', 'MATERIAL', 'COURSE_ART']),
  targetId: id,
  lessonId: id.nullish(),
  fileName: z.string().trim().min(1).max(255),
  contentType: z.string().min(1).max(255),
  sizeBytes: byteCount,
});
export type CreateUploadArgs = z.infer<typeof createUploadArgs>;

export const resumeUploadArgs = z.object({ key, uploadId, sizeBytes: byteCount });

export const abortUploadArgs = z.object({ key, uploadId });

export const completeUploadArgs = z.object({
  key,
  uploadId,
  etags: z.array(z.string().min(1).max(256)).min(1).max(10_000),
});
export type CompleteUploadArgs = z.infer<typeof completeUploadArgs>;
