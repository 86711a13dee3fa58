import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ffmpegPath } from '../mediaconvert/ffmpeg-path';
import { bareLadderArgs } from './bare-ladder';
import type { BenchCloud } from './bench-cloud';
import { peakRssDuring } from './memory';
import { makeSourceVideo } from './source-video';
import type { BenchRow } from './table';

const run = promisify(execFile);
const seconds = 20;
const pollMs = 100;
const timeoutMs = 20 * 60_000;

export interface TranscodeResult {
  readonly rows: BenchRow[];
  /** The lesson whose HLS ladder is now READY (the browser rows play it). */
  readonly lessonId: string;
  readonly peakRssMiB: number;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Upload → lesson READY through the whole pipeline, against the bare ffmpeg ladder command on the same source. */
export async function benchTranscode(bench: BenchCloud, scratch: string, height: number, position: number): Promise<TranscodeResult> {
  const source = join(scratch, `source-${height}p.mp4`);
  await makeSourceVideo(source, height, seconds);
  const bareOut = join(scratch, `bare-${height}p`);
  await mkdir(bareOut, { recursive: true });
  const bareMs = await timed(() => run(ffmpegPath(), bareLadderArgs(source, height, bareOut)));

  const lessonId = `bench-video-${height}p`;
  await bench.putLesson(lessonId, position, `Video ${height}p`);
  const body = await readFile(source);
  const { result: oursMs, peakMiB } = await peakRssDuring(() =>
    timed(async () => {
      await bench.upload(`uploads/${lessonId}/source.mp4`, body, 'video/mp4');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const status = await bench.videoStatus(lessonId);
        if (status === 'READY') return;
        if (status === 'FAILED' || Date.now() > deadline) throw new Error(`The ${height}p bench video ended ${status}`);
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    }),
  );
  return {
    rows: [{ measurement: `transcode: ${seconds} s ${height}p upload → READY vs bare ffmpeg ladder`, ours: oursMs / 1000, bare: bareMs / 1000, unit: 's', target: '≤ 1.15x' }],
    lessonId,
    peakRssMiB: peakMiB,
  };
}
