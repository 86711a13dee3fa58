import type { CreateJobCommandInput, JobSettings } from '@aws-sdk/client-mediaconvert';
import { rungsForSourceHeight, toMediaConvertOutputGroup } from './hls-ladder';
import { posterOutputGroup } from './poster-frame';
import type { SourceVideo } from './probe-source';

/** What a transcode job needs to know: where the source is, where its outputs go, what the probe found. */
export interface TranscodeJob {
  readonly bucket: string;
  readonly lessonId: string;
  readonly sourceKey: string;
  /** `hls/<lessonId>/<jobKey>/`: the job's own output folder (job-folder.ts). */
  readonly folder: string;
  readonly source: SourceVideo;
}

/**
 * Tags every job of ours, so the EventBridge rule forwards only our jobs' events. The other keys tell
 * transcode-complete which lesson, source and folder the job is about.
 */
export const PIPELINE_TAG = { pipeline: 'lesson-video' } as const;

/** StatusUpdateInterval makes MediaConvert report STATUS_UPDATE (with percent) every 10 s, not every minute. */
export function createJobInput(job: TranscodeJob, role: string): CreateJobCommandInput {
  return {
    Role: role,
    StatusUpdateInterval: 'SECONDS_10',
    UserMetadata: { ...PIPELINE_TAG, lessonId: job.lessonId, sourceKey: job.sourceKey, hlsPrefix: job.folder },
    Settings: toMediaConvertJobSettings(job),
  };
}

/** The HLS ladder the source allows (no upscaling) plus one poster frame, audio normalised in every rung. */
export function toMediaConvertJobSettings(job: TranscodeJob): JobSettings {
  const rungs = rungsForSourceHeight(job.source.height);
  return {
    Inputs: [
      {
        FileInput: `s3://${job.bucket}/${job.sourceKey}`,
        AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } },
        VideoSelector: {},
        TimecodeSource: 'ZEROBASED',
      },
    ],
    OutputGroups: [
      toMediaConvertOutputGroup(job.bucket, job.folder, rungs),
      posterOutputGroup(job.bucket, job.folder, rungs[rungs.length - 1], job.source.durationSeconds),
    ],
  };
}
