import { z } from 'zod';

/** The part of EventBridge's "MediaConvert Job State Change" detail this function relies on. */
export const jobStateChangeDetail = z.object({
  status: z.string(),
  jobId: z.string().optional(),
  userMetadata: z.object({ lessonId: z.string().min(1), sourceKey: z.string().min(1) }),
  errorMessage: z.string().optional(),
  errorCode: z.number().optional(),
  outputGroupDetails: z
    .array(
      z.object({
        outputDetails: z.array(z.object({ durationInMs: z.number().optional() }).passthrough()).optional(),
      }).passthrough(),
    )
    .optional(),
});
export type JobStateChangeDetail = z.infer<typeof jobStateChangeDetail>;
