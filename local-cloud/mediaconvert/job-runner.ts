import { createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { frameCaptureDir, jobArgs } from './ffmpeg-command';
import type { FfmpegBinary } from './ffmpeg-path';
import { FfmpegError, probeMedia, runWithProgress, type ProbeResult } from './ffmpeg-process';
import { collectFrameCaptures } from './frame-capture';
import { collectHlsOutput, hlsSegmentFile, type OutputFile } from './hls-output';
import { jobStateChange, progressFor, type JobPhase, type MediaConvertJobStateChange, type OutputGroupDetail } from './job-events';
import { jobOutputDetails, type JobRecord } from './job-record';
import { planFromSettings, type LadderPlan } from './job-settings';
import type { JobStore } from './job-store';
import { LiveSegmentUpload } from './live-segment-upload';

export interface JobRunnerDeps {
  readonly s3: S3Client;
  readonly ffmpeg: FfmpegBinary;
  readonly workRoot: string;
  readonly store: JobStore;
  readonly emit: (event: MediaConvertJobStateChange) => void;
  readonly log: (line: string) => void;
  /** Aborted when the service stops: kills ffmpeg so stop() does not wait for a long transcode. */
  readonly signal: AbortSignal;
}

/** A job failure with one of MediaConvert's documented error codes (1010 input unreadable, 1999 anything else). */
class JobFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const s3Url = (bucket: string, key: string) => `s3://${bucket}/${key}`;
/** Progress events only when the overall percentage moved this much: enough for a progress bar, few callbacks. */
const progressStep = 10;

/**
 * Download → probe → one ffmpeg run for the ladder and the frame captures, its segments uploaded as
 * they are finished → posters and playlists (master last) → COMPLETE (or ERROR) event.
 */
export async function runJob(job: JobRecord, deps: JobRunnerDeps): Promise<void> {
  const workDir = join(deps.workRoot, job.id);
  const plan = planFromSettings(job.settings);
  let reported = -progressStep;
  const setProgress = async (phase: JobPhase, phasePercent: number) => {
    const progress = progressFor(phase, phasePercent);
    if (progress.currentPhase === job.currentPhase && progress.jobPercentComplete < reported + progressStep) return;
    reported = progress.jobPercentComplete;
    Object.assign(job, { currentPhase: phase, jobPercentComplete: progress.jobPercentComplete });
    await deps.store.save(job);
    deps.emit(jobStateChange(job, { status: 'STATUS_UPDATE', jobProgress: progress }));
  };
  try {
    Object.assign(job, { status: 'PROGRESSING', currentPhase: 'PROBING', jobPercentComplete: 0 });
    job.timing.startTime = Math.floor(Date.now() / 1000);
    await deps.store.save(job);
    deps.emit(jobStateChange(job, { status: 'PROGRESSING' }));
    const outDir = join(workDir, 'out');
    await mkdir(outDir, { recursive: true });
    await Promise.all(plan.frameCaptures.map((_, index) => mkdir(frameCaptureDir(workDir, index), { recursive: true })));

    const inputPath = join(workDir, `input${extensionOf(plan.input.key)}`);
    const source = await download(plan, inputPath, deps);
    await setProgress('TRANSCODING', 0);

    const put = async (bucket: string, file: OutputFile) => {
      const body = file.body ?? (await readFile(file.localPath));
      await deps.s3.send(new PutObjectCommand({ Bucket: bucket, Key: file.key, Body: body, ContentType: file.contentType }));
    };
    const segments = new LiveSegmentUpload(
      async () => (await readdir(outDir)).sort().flatMap((name) => hlsSegmentFile(plan, outDir, name) ?? []),
      (file) => put(plan.destination.bucket, file),
    );
    segments.start();
    const args = jobArgs(plan, inputPath, workDir, outDir, source, deps.ffmpeg.writesMasterPlaylist);
    try {
      await runWithProgress(deps.ffmpeg.path, args, (outTimeMs) => {
        if (source.durationMs) setProgress('TRANSCODING', (100 * outTimeMs) / source.durationMs).catch((error: unknown) => deps.log(`mediaconvert: progress of job ${job.id} not recorded: ${String(error)}`));
      }, deps.signal);
    } catch (error) {
      await segments.stop();
      throw new JobFailure(1999, `Transcoding failed for input [${s3Url(plan.input.bucket, plan.input.key)}]: ${(error as Error).message}`);
    }

    await setProgress('UPLOADING', 0);
    await segments.finish();
    const frames = await collectFrameCaptures(plan.frameCaptures, workDir, source);
    const output = await collectHlsOutput(plan, outDir, source);
    // Posters, then the variant playlists, the master last: once it exists, everything it needs is there.
    const files = [...frames.files, ...output.playlists.map((file) => ({ bucket: plan.destination.bucket, file }))];
    for (const [index, { file, bucket }] of files.entries()) {
      await put(bucket, file);
      await setProgress('UPLOADING', (100 * (index + 1)) / files.length);
    }

    const group: OutputGroupDetail = {
      outputDetails: output.variants.map((variant) => ({
        outputFilePaths: [s3Url(plan.destination.bucket, variant.playlistKey)],
        durationInMs: variant.durationMs,
        videoDetails: { widthInPx: variant.width ?? 0, heightInPx: variant.height ?? 0 },
      })),
      playlistFilePaths: [s3Url(plan.destination.bucket, output.masterKey)],
      type: 'HLS_GROUP',
    };
    const groups = [group, ...frames.groups];
    Object.assign(job, { status: 'COMPLETE', jobPercentComplete: 100, currentPhase: undefined, outputGroupDetails: jobOutputDetails(groups) });
    job.timing.finishTime = Math.floor(Date.now() / 1000);
    await deps.store.save(job);
    deps.emit(jobStateChange(job, { status: 'COMPLETE', outputGroupDetails: groups }));
  } catch (error) {
    const failure = error instanceof JobFailure ? error : new JobFailure(1999, `Local MediaConvert failed: ${(error as Error).message}`);
    deps.log(`mediaconvert: job ${job.id} failed (${failure.code}): ${failure.message}`);
    Object.assign(job, { status: 'ERROR', errorCode: failure.code, errorMessage: failure.message, currentPhase: undefined });
    job.timing.finishTime = Math.floor(Date.now() / 1000);
    await deps.store.save(job);
    deps.emit(jobStateChange(job, { status: 'ERROR', errorCode: failure.code, errorMessage: failure.message }));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function download(plan: LadderPlan, inputPath: string, deps: JobRunnerDeps): Promise<ProbeResult> {
  const url = s3Url(plan.input.bucket, plan.input.key);
  try {
    const object = await deps.s3.send(new GetObjectCommand({ Bucket: plan.input.bucket, Key: plan.input.key }));
    await pipeline(object.Body as Readable, createWriteStream(inputPath));
    const probed = await probeMedia(deps.ffmpeg.path, inputPath);
    if (!probed.hasVideo) throw new FfmpegError('no video stream found');
    return probed;
  } catch (error) {
    const reason = error instanceof FfmpegError ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
    throw new JobFailure(1010, `Unable to open input file [${url}]: [Failed probe/open: [${reason}]]`);
  }
}

function extensionOf(key: string): string {
  const match = /\.[A-Za-z0-9]{1,5}$/.exec(key);
  return match ? match[0] : '';
}
