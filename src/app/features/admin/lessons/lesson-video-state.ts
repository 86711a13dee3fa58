import { formatDuration } from '../../../shared/duration.pipe';
import type { AdminLesson } from './admin-lesson';

export type VideoStateKind = 'none' | 'uploaded' | 'processing' | 'ready' | 'failed';

/** How one lesson's video is shown: the chip, the progress bar, the retry action and the replacement note. */
export interface VideoState {
  readonly kind: VideoStateKind;
  /** Chip text, e.g. "Processing 42 %" or "Ready · 4:05". */
  readonly label: string;
  /** 0–100 while processing and reported; null otherwise (an indeterminate bar while processing). */
  readonly percent: number | null;
  /** Shown for failures only; written for a person by the backend. */
  readonly reason: string | null;
  /** Retrying makes sense only for a failed transcode of a file that is still stored. */
  readonly canRetry: boolean;
  /** A ready ladder keeps playing while a replacement is uploaded, processed or has failed. */
  readonly playingCurrent: boolean;
}

type VideoFields = Pick<AdminLesson, 'videoStatus' | 'videoProgressPercent' | 'videoFailureReason' | 'durationSeconds' | 'sourceKey' | 'hlsPrefix'>;

export function videoState(lesson: VideoFields): VideoState {
  const playingCurrent = lesson.videoStatus !== 'READY' && lesson.videoStatus !== 'NONE' && !!lesson.hlsPrefix;
  const base = { percent: null, reason: null, canRetry: false, playingCurrent };
  switch (lesson.videoStatus) {
    case 'UPLOADED':
      return { ...base, kind: 'uploaded', label: $localize`:@@admin.videoState.uploaded:Uploaded` };
    case 'PROCESSING': {
      const percent = lesson.videoProgressPercent == null ? null : Math.min(Math.max(Math.round(lesson.videoProgressPercent), 0), 100);
      return { ...base, kind: 'processing', label: percent === null ? $localize`:@@admin.videoState.processing:Processing` : $localize`:@@admin.videoState.processingPercent:Processing ${percent}:percent: %`, percent };
    }
    case 'READY': {
      const duration = formatDuration(lesson.durationSeconds, 'clock');
      return { ...base, kind: 'ready', label: duration ? $localize`:@@admin.videoState.readyDuration:Ready · ${duration}:duration:` : $localize`:@@admin.videoState.ready:Ready` };
    }
    case 'FAILED':
      return {
        ...base,
        kind: 'failed',
        label: $localize`:@@admin.videoState.failed:Failed`,
        reason: lesson.videoFailureReason || $localize`:@@admin.videoState.failedReason:The video could not be processed.`,
        canRetry: !!lesson.sourceKey,
      };
    default:
      return { ...base, kind: 'none', label: $localize`:@@admin.videoState.none:No video` };
  }
}
