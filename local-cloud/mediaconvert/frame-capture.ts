import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { frameCaptureArgs } from './ffmpeg-command';
import { runWithProgress } from './ffmpeg-process';
import type { OutputFile } from './hls-output';
import type { OutputGroupDetail } from './job-events';
import type { FrameCapturePlan } from './job-settings';

export interface FrameCaptureOutput {
  readonly files: { bucket: string; file: OutputFile }[];
  /** One FILE_GROUP per capture output; like MediaConvert, it names only the last capture. */
  readonly groups: OutputGroupDetail[];
}

/** Runs every FRAME_CAPTURE output of the job (posters), each into its own scratch folder. */
export async function captureFrames(
  captures: readonly FrameCapturePlan[],
  inputPath: string,
  workDir: string,
  source: { durationMs?: number; width?: number; height?: number },
  ffmpeg: string,
  signal: AbortSignal,
): Promise<FrameCaptureOutput> {
  const files: FrameCaptureOutput['files'] = [];
  const groups: OutputGroupDetail[] = [];
  for (const [index, capture] of captures.entries()) {
    const outDir = join(workDir, `frames-${index}`);
    await mkdir(outDir, { recursive: true });
    await runWithProgress(ffmpeg, frameCaptureArgs(capture, inputPath, outDir), () => undefined, signal);
    const names = (await readdir(outDir)).sort();
    const { bucket, prefix } = capture.destination;
    files.push(...names.map((name) => ({ bucket, file: { localPath: join(outDir, name), key: prefix + name, contentType: 'image/jpeg' } })));
    const last = names[names.length - 1];
    groups.push({
      type: 'FILE_GROUP',
      outputDetails: last
        ? [
            {
              outputFilePaths: [`s3://${bucket}/${prefix}${last}`],
              durationInMs: source.durationMs ?? 0,
              videoDetails: { widthInPx: capture.width ?? source.width ?? 0, heightInPx: capture.height ?? source.height ?? 0 },
            },
          ]
        : [],
    });
  }
  return { files, groups };
}
