import { z } from 'zod';

const outputDetail = z.object({ durationInMs: z.number().optional(), outputFilePaths: z.array(z.string()).optional() }).passthrough();

/** The part of EventBridge's "MediaConvert Job State Change" detail this function relies on. */
export const jobStateChangeDetail = z.object({
  status: z.string(),
  jobId: z.string().optional(),
  /** Set by the transcode function on every job (see transcode/job-settings.ts). */
  userMetadata: z.object({ lessonId: z.string().min(1), sourceKey: z.string().min(1), hlsPrefix: z.string().min(1) }),
  errorMessage: z.string().optional(),
  errorCode: z.number().optional(),
  /** STATUS_UPDATE (and sometimes PROGRESSING) carry how far the job is. */
  jobProgress: z.object({ jobPercentComplete: z.number().optional() }).passthrough().optional(),
  outputGroupDetails: z.array(z.object({ type: z.string().optional(), outputDetails: z.array(outputDetail).optional() }).passthrough()).optional(),
});
export type JobStateChangeDetail = z.infer<typeof jobStateChangeDetail>;
