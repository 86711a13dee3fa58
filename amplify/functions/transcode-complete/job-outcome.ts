import type { JobStateChangeDetail } from './schema';

export type JobOutcome =
  | { kind: 'ready'; durationSeconds: number | null }
  | { kind: 'failed'; reason: string }
  | { kind: 'ignored' };

/** COMPLETE → ready with the first output's duration; ERROR → failed with MediaConvert's reason. */
export function jobOutcome(detail: JobStateChangeDetail): JobOutcome {
  if (detail.status === 'COMPLETE') {
    const durationInMs = detail.outputGroupDetails?.[0]?.outputDetails?.[0]?.durationInMs;
    return { kind: 'ready', durationSeconds: typeof durationInMs === 'number' ? Math.round(durationInMs / 1000) : null };
  }
  if (detail.status === 'ERROR') {
    const reason = detail.errorMessage ?? `MediaConvert failed${detail.errorCode ? ` (code ${detail.errorCode})` : ''}`;
    return { kind: 'failed', reason };
  }
  return { kind: 'ignored' };
}
