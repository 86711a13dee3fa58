/**
 * `npm run bench:transcode`: only the transcode rows of `npm run bench` (720p and 1080p), for working
 * on the pipeline without the production build, browser and API parts. BENCH_LOG=1 prints the local
 * cloud's log lines with the seconds since the start, to see where the time goes; BENCH_SCRATCH=<dir>
 * keeps the scratch folder (and so the synthesized backend) for the next run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchCloud } from './bench-cloud';
import { formatTable, type BenchRow } from './table';
import { benchTranscode } from './transcode';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const verbose = process.env['BENCH_LOG'] === '1';
const started = performance.now();
const log = (service: string, line: string) => {
  if (verbose) console.log(`${((performance.now() - started) / 1000).toFixed(3).padStart(8)} ${service}: ${line}`);
};

const kept = process.env['BENCH_SCRATCH'];
const scratch = kept ?? (await mkdtemp(join(tmpdir(), 'bench-transcode-')));
const rows: BenchRow[] = [];
try {
  const bench = await BenchCloud.start(scratch, 'http://localhost:9', log);
  try {
    for (const [height, position] of [[720, 11], [1080, 12]] as const) {
      log('bench', `transcode ${height}p`);
      rows.push(...(await benchTranscode(bench, scratch, height, position)).rows);
    }
  } finally {
    await bench.stop();
  }
} finally {
  if (!kept) await rm(scratch, { recursive: true, force: true });
}
console.log(`\n${formatTable(rows)}`);
