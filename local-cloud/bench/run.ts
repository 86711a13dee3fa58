/**
 * `npm run bench`: our paths beside the bare tools doing the same work, measured side by side in one
 * run, printed as one table with ratios. Asserts nothing (targets live here, never in timed tests).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { benchApi } from './api';
import { BenchCloud, benchCourseId } from './bench-cloud';
import { launchBrowser } from './browser';
import { benchFirstFrame } from './first-frame';
import { treeRssMiB } from './memory';
import { benchPages, initialJsKb } from './pages';
import { productionBuild } from './production-build';
import { startStaticServer } from './static-server';
import { formatTable, type BenchRow } from './table';
import { benchTranscode } from './transcode';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const rows: BenchRow[] = [];
const progress = (line: string) => console.log(`bench: ${line}`);
/** One part of the table; a part that fails is reported and the rest still measured. */
async function part(name: string, measure: () => Promise<BenchRow[]>): Promise<void> {
  progress(name);
  try {
    const measured = await measure();
    for (const row of measured) progress(`${row.measurement}: ours ${row.ours.toFixed(1)}${row.bare === undefined ? '' : `, bare ${row.bare.toFixed(1)}`}`);
    rows.push(...measured);
  } catch (error) {
    console.error(`bench: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

const scratch = await mkdtemp(join(tmpdir(), 'bench-'));
try {
  // BENCH_APP_DIR reuses a production build's browser folder (while working on the bench itself).
  const distDir = process.env['BENCH_APP_DIR'] ?? (progress('production build'), await productionBuild(join(scratch, 'app')));
  const server = await startStaticServer(distDir);
  progress('local cloud');
  const bench = await BenchCloud.start(scratch, server.origin);
  server.route('/amplify_outputs.json', bench.outputsFile);
  try {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleMiB = await treeRssMiB();

    progress('transcode 720p');
    const hd = await benchTranscode(bench, scratch, 720, 11).catch((error: unknown) => {
      throw new Error(`the 720p transcode every later row plays failed: ${String(error)}`);
    });
    rows.push(...hd.rows);

    const browser = await launchBrowser();
    try {
      const client = generateClient<Schema>();
      const manifest = async () => {
        const { data } = await client.queries.getPlayback({ lessonId: hd.lessonId }, { authMode: 'apiKey' });
        if (!data) throw new Error('getPlayback returned no manifest');
        return data.manifest;
      };
      await part('first frame', () => benchFirstFrame(browser, server, hd.lessonId, manifest));
      await part('pages', () =>
        benchPages(browser, server, [
          { name: 'catalog', path: '/', lcpTarget: '≤ 1000 ms', clsTarget: '≤ 0.02' },
          { name: 'course', path: `/courses/${benchCourseId}`, lcpTarget: '≤ 2500 ms', clsTarget: '≤ 0.1' },
          { name: 'lesson', path: `/courses/${benchCourseId}/lessons/${hd.lessonId}`, lcpTarget: '≤ 2500 ms', clsTarget: '≤ 0.1' },
        ]),
      );
      await part('initial JavaScript', async () => [
        { measurement: 'page: catalog initial JavaScript (gzip)', ours: await initialJsKb(browser, server, distDir, '/'), unit: 'kB', target: '≤ 200 kB' },
      ]);
    } finally {
      await browser.close();
    }
    await part('transcode 1080p', async () => (await benchTranscode(bench, scratch, 1080, 12)).rows);
    // Last: its calls nearly fill the web ACL's per-IP allowance, which the browser rows also draw on.
    await part('API', () => benchApi(bench, hd.lessonId));
    rows.push(
      { measurement: 'memory: local cloud RSS, all processes, idle', ours: idleMiB, unit: 'MiB', target: '—' },
      { measurement: 'memory: local cloud RSS, all processes, peak during 720p transcode', ours: hd.peakRssMiB, unit: 'MiB', target: '—' },
    );
  } finally {
    await bench.stop();
    await server.stop();
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
console.log(`\n${formatTable(rows)}`);
