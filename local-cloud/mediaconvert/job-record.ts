import type { JobPhase, OutputGroupDetail } from './job-events';
import type { WireJobSettings } from './job-settings';

export type JobStatus = 'SUBMITTED' | 'PROGRESSING' | 'COMPLETE' | 'ERROR';

/** A job as GetJob returns it on the wire (lowerCamelCase, epoch-second timestamps). */
export interface JobRecord {
  id: string;
  arn: string;
  createdAt: number;
  status: JobStatus;
  role: string;
  queue: string;
  settings: WireJobSettings;
  userMetadata: Record<string, string>;
  clientRequestToken?: string;
  jobPercentComplete?: number;
  currentPhase?: JobPhase;
  errorCode?: number;
  errorMessage?: string;
  outputGroupDetails?: { outputDetails: { durationInMs: number; videoDetails: { widthInPx: number; heightInPx: number } }[] }[];
  timing: { submitTime: number; startTime?: number; finishTime?: number };
  accelerationStatus: 'NOT_APPLICABLE';
  priority: number;
  retryCount: number;
  statusUpdateInterval: string;
}

/** What GetJob reports per output (no file paths; those travel in the COMPLETE event). */
export function jobOutputDetails(groups: OutputGroupDetail[]): JobRecord['outputGroupDetails'] {
  return groups.map((group) => ({
    outputDetails: group.outputDetails.map(({ durationInMs, videoDetails }) => ({ durationInMs, videoDetails })),
  }));
}
