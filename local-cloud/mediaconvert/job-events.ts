import { randomUUID } from 'node:crypto';
import type { EventBridgeEvent } from 'aws-lambda';
import { localAccountId, region } from '../service';
import type { JobRecord } from './job-record';

export type JobPhase = 'PROBING' | 'TRANSCODING' | 'UPLOADING';

export interface OutputDetail {
  outputFilePaths: string[];
  durationInMs: number;
  videoDetails: { widthInPx: number; heightInPx: number };
}

export interface OutputGroupDetail {
  outputDetails: OutputDetail[];
  /** HLS groups only: the master playlist. */
  playlistFilePaths?: string[];
  type: 'HLS_GROUP' | 'FILE_GROUP';
}

export interface JobProgress {
  phaseProgress: Record<JobPhase, { status: 'PENDING' | 'PROGRESSING' | 'COMPLETE'; percentComplete: number }>;
  jobPercentComplete: number;
  currentPhase: JobPhase;
  retryCount: number;
}

/** `detail` of a "MediaConvert Job State Change" event, as documented for PROGRESSING, STATUS_UPDATE, COMPLETE and ERROR. */
export interface MediaConvertJobStateDetail {
  timestamp: number;
  accountId: string;
  queue: string;
  jobId: string;
  status: 'PROGRESSING' | 'STATUS_UPDATE' | 'COMPLETE' | 'ERROR';
  userMetadata: Record<string, string>;
  jobProgress?: JobProgress;
  outputGroupDetails?: OutputGroupDetail[];
  errorCode?: number;
  errorMessage?: string;
}

export type MediaConvertJobStateChange = EventBridgeEvent<'MediaConvert Job State Change', MediaConvertJobStateDetail>;

export function jobStateChange(job: JobRecord, detail: Pick<MediaConvertJobStateDetail, 'status'> & Partial<MediaConvertJobStateDetail>): MediaConvertJobStateChange {
  const now = Date.now();
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'MediaConvert Job State Change',
    source: 'aws.mediaconvert',
    account: localAccountId,
    time: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region,
    resources: [job.arn],
    detail: { timestamp: now, accountId: localAccountId, queue: job.queue, jobId: job.id, userMetadata: job.userMetadata ?? {}, ...detail },
  };
}

/** Splits overall progress the way MediaConvert reports it: probing, then transcoding, then uploading. */
export function progressFor(phase: JobPhase, phasePercent: number): JobProgress {
  const order: JobPhase[] = ['PROBING', 'TRANSCODING', 'UPLOADING'];
  const weights: Record<JobPhase, [number, number]> = { PROBING: [0, 5], TRANSCODING: [5, 90], UPLOADING: [90, 100] };
  const current = order.indexOf(phase);
  const phaseProgress = Object.fromEntries(
    order.map((name, index) => [
      name,
      index < current
        ? { status: 'COMPLETE', percentComplete: 100 }
        : index === current
          ? { status: 'PROGRESSING', percentComplete: Math.floor(phasePercent) }
          : { status: 'PENDING', percentComplete: 0 },
    ]),
  ) as JobProgress['phaseProgress'];
  const [from, to] = weights[phase];
  return { phaseProgress, jobPercentComplete: Math.floor(from + ((to - from) * Math.min(100, phasePercent)) / 100), currentPhase: phase, retryCount: 0 };
}
