import { COULD_NOT_FINISH, NOT_A_VIDEO } from '../transcode/failure-reasons';
import type { JobStateChangeDetail } from './schema';

export type JobOutcome =
  | { kind: 'processing'; percent?: number }
  | { kind: 'ready'; durationSeconds?: number; posterKey?: string }
  /** `reason` is for the admin; `detail` (MediaConvert's own message) is for the log. */
  | { kind: 'failed'; reason: string; detail: string }
  | { kind: 'ignored' };

/** MediaConvert's 1xxx error codes are about the input (unreadable, unsupported, undecodable). */
const isInputError = (code: number | undefined) => code !== undefined && code >= 1000 && code < 2000;

/**
 * PROGRESSING / STATUS_UPDATE → processing with the job's percent; COMPLETE → ready with the HLS
 * duration and the poster frame (the frame-capture group reports its last capture, inside the job's
 * folder); ERROR → failed with a reason for a person.
 */
export function jobOutcome(detail: JobStateChangeDetail): JobOutcome {
  switch (detail.status) {
    case 'PROGRESSING':
      return { kind: 'processing', percent: detail.jobProgress?.jobPercentComplete ?? 0 };
    case 'STATUS_UPDATE': {
      const percent = detail.jobProgress?.jobPercentComplete;
      return percent === undefined ? { kind: 'ignored' } : { kind: 'processing', percent };
    }
    case 'COMPLETE': {
      const groups = detail.outputGroupDetails ?? [];
      const durationInMs = groups.find((group) => group.type === 'HLS_GROUP')?.outputDetails?.[0]?.durationInMs;
      const posterUrl = groups.find((group) => group.type === 'FILE_GROUP')?.outputDetails?.[0]?.outputFilePaths?.[0];
      const posterKey = posterUrl ? keyInFolder(posterUrl, detail.userMetadata.hlsPrefix) : undefined;
      return { kind: 'ready', durationSeconds: durationInMs === undefined ? undefined : Math.round(durationInMs / 1000), posterKey };
    }
    case 'ERROR': {
      const detailText = `${detail.errorCode ?? 'no code'}: ${detail.errorMessage ?? 'no message'}`;
      return { kind: 'failed', reason: isInputError(detail.errorCode) ? NOT_A_VIDEO : COULD_NOT_FINISH, detail: detailText };
    }
    default:
      return { kind: 'ignored' };
  }
}

/** `s3://<bucket>/<key>` → key, only when it lies inside `folder`. */
function keyInFolder(url: string, folder: string): string | undefined {
  const key = /^s3:\/\/[^/]+\/(.+)$/.exec(url)?.[1];
  return key?.startsWith(folder) && !key.includes('..') ? key : undefined;
}
