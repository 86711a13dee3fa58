/**
 * `npm run bench`: how fast and how heavy the local stack is. Prints measurements; asserts nothing
 * (speed and memory targets live here, never in timed tests).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { CloudFixture } from '../integration/cloud-fixture';
import { ffmpegPath } from '../mediaconvert/ffmpeg-path';
import { synthBackend } from '../synth/synth-backend';

const run = promisify(execFile);
const rows: [string, string][] = [];
const record = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name}: ${value}`);
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const scratch = await mkdtemp(join(tmpdir(), 'bench-'));
try {
  const [, synthMs] = await timed(() => synthBackend(join(scratch, 'synth')));
  record('synth backend to CloudFormation', `${(synthMs / 1000).toFixed(1)} s`);

  const [fixture, startMs] = await timed(() => CloudFixture.start(join(scratch, 'cloud')));
  record('local cloud cold start (synth cached)', `${(startMs / 1000).toFixed(1)} s`);

  await fixture.put('Course', { id: 'bench-course', title: 'Bench', summary: 's', description: 'd', instrument: 'PIANO', level: 'BEGINNER', priceCents: 100, currency: 'usd', status: 'PUBLISHED' });
  for (let i = 1; i <= 10; i++) {
    await fixture.put('Lesson', { id: `bench-lesson-${i}`, courseId: 'bench-course', title: `L${i}`, position: i, freePreview: i === 1, status: 'PUBLISHED', videoStatus: 'NONE' });
  }
  const client = generateClient<Schema>();
  await client.queries.listCatalog({ authMode: 'apiKey' });
  const latencies: number[] = [];
  for (let i = 0; i < 50; i++) latencies.push((await timed(() => client.queries.listCatalog({ authMode: 'apiKey' })))[1]);
  latencies.sort((a, b) => a - b);
  record('listCatalog through AppSync + catalog λ (50 warm calls)', `p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`);

  const source = join(scratch, 'source.mp4');
  const seconds = 20;
  await run(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30', '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', source]);
  await fixture.put('Lesson', { id: 'bench-video', courseId: 'bench-course', title: 'Video', position: 11, freePreview: true, status: 'PUBLISHED', videoStatus: 'NONE' });
  const [, transcodeMs] = await timed(async () => {
    await fixture.uploadFile(`uploads/bench-video/source.mp4`, await readFile(source), 'video/mp4');
    await fixture.eventually(() => fixture.get('Lesson', { id: 'bench-video' }), (item) => item?.['videoStatus'] === 'READY' || item?.['videoStatus'] === 'FAILED', 'the bench video', 20 * 60_000);
  });
  record(`upload → HLS ladder ready (${seconds} s 720p source, 3 rungs: no upscaling to 1080p)`, `${(transcodeMs / 1000).toFixed(1)} s (${(seconds / (transcodeMs / 1000)).toFixed(2)}x realtime)`);

  record('local cloud process memory (RSS, this process)', `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  await fixture.stop();
} finally {
  await rm(scratch, { recursive: true, force: true });
}

console.log('\nBenchmark results');
for (const [name, value] of rows) console.log(`  ${name.padEnd(60)} ${value}`);
