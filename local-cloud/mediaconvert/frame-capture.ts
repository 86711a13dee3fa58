import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { frameCaptureDir } from './ffmpeg-command';
import type { OutputFile } from './hls-output';
import type { OutputGroupDetail } from './job-events';
import type { FrameCapturePlan } from './job-settings';

export interface FrameCaptureOutput {
  readonly files: { bucket: string; file: OutputFile }[];
  /** One FILE_GROUP per capture output; like MediaConvert, it names only the last capture. */
  readonly groups: OutputGroupDetail[];
}

/** The JPEGs the job's ffmpeg run wrote for every FRAME_CAPTURE output (posters), each from its own folder. */
export async function collectFrameCaptures(
  captures: readonly FrameCapturePlan[],
  workDir: string,
  source: { durationMs?: number; width?: number; height?: number },
): Promise<FrameCaptureOutput> {
  const files: FrameCaptureOutput['files'] = [];
  const groups: OutputGroupDetail[] = [];
  for (const [index, capture] of captures.entries()) {
    const outDir = frameCaptureDir(workDir, index);
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
