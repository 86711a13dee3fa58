import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be a record id');

export const createUploadArgs = z.object({
  kind: z.enum(['VIDEO', 'MATERIAL', 'COURSE_ART']),
  targetId: id,
  fileName: z.string().min(1).max(255),
  contentType: z.string().min(1).max(255),
  sizeBytes: z.number().int().positive(),
});
export type CreateUploadArgs = z.infer<typeof createUploadArgs>;

export const completeUploadArgs = z.object({
  key: z.string().min(1).max(1024),
  uploadId: z.string().min(1).max(2048),
  etags: z.array(z.string().min(1).max(256)).min(1).max(10_000),
});
export type CompleteUploadArgs = z.infer<typeof completeUploadArgs>;
