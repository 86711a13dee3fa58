import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { benchCourseId, type BenchCloud } from './bench-cloud';
import type { ApiLoadConfig, ApiLoadReply, ApiLoadRequest, ApiQuery } from './api-load-protocol';
import { cpuMs, processTree } from './process-tree';
import { percentile, type BenchRow } from './table';

/** With the warm-up rounds, 873 calls from one IP: under the web ACL's 1,000 per 5 minutes, which the local API enforces too. */
const callsPerClient = { 1: 40, 50: 4 } as const;
type Concurrency = keyof typeof callsPerClient;
const queries: readonly ApiQuery[] = ['listCatalog', 'getCatalogCourse', 'getPlayback'];

/** The load generator (api-load.ts) in a process of its own, one round at a time. */
class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static async start(config: ApiLoadConfig): Promise<LoadGenerator> {
    const child = fork(join(import.meta.dirname, 'api-load.ts'), [JSON.stringify(config)], { execArgv: ['--import', 'tsx'] });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the API load generator exited (${code}) before it was ready`)));
    });
    return new LoadGenerator(child);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  round(request: ApiLoadRequest): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.child.once('message', (reply: ApiLoadReply) => ('samples' in reply ? resolve(reply.samples) : reject(new Error('error' in reply ? reply.error : 'unexpected reply'))));
      this.child.send(request);
    });
  }

  stop(): void {
    this.child.disconnect();
  }
}

/** CPU time the local cloud (this process tree without the load generator) spends while `work` runs. */
async function cloudCpuMsDuring<T>(generatorPid: number, work: () => Promise<T>): Promise<{ result: T; cpu: number }> {
  const total = async () => (await Promise.all((await processTree(process.pid, [generatorPid])).map(cpuMs))).reduce((sum, ms) => sum + ms, 0);
  const before = await total();
  const result = await work();
  return { result, cpu: (await total()) - before };
}

/**
 * listCatalog, getCatalogCourse and getPlayback through AppSync + resolver λ, as the browser calls them
 * (API key), against the bare DynamoDB reads underneath them, at 1 and 50 concurrent clients; with the
 * local cloud's CPU time per call, which bounds how fast 2 cores can answer 50 clients. Each
 * measured round follows an unmeasured one at the same concurrency, so the λ environments it needs
 * are running (steady state, not cold starts).
 */
export async function benchApi(bench: BenchCloud, playableLessonId: string): Promise<BenchRow[]> {
  const env = bench.cloud.functionEnvironment;
  const generator = await LoadGenerator.start({
    outputsFile: bench.outputsFile,
    dynamo: {
      region: env['AWS_REGION'],
      endpoint: env['AWS_ENDPOINT_URL_DYNAMODB'],
      credentials: { accessKeyId: env['AWS_ACCESS_KEY_ID']!, secretAccessKey: env['AWS_SECRET_ACCESS_KEY']! },
    },
    tables: bench.cloud.data.tables,
    courseId: benchCourseId,
    lessonId: playableLessonId,
  });
  const measure = async (query: ApiQuery, side: 'ours' | 'bare', clients: Concurrency) => {
    await generator.round({ query, side, clients, callsPerClient: 1 });
    const { result: samples, cpu } = await cloudCpuMsDuring(generator.pid, () => generator.round({ query, side, clients, callsPerClient: callsPerClient[clients] }));
    return { samples, cpuPerCall: cpu / samples.length };
  };
  const rows: BenchRow[] = [];
  try {
    for (const clients of [1, 50] as const) {
      const label = `${clients} client${clients > 1 ? 's' : ''}`;
      for (const query of queries) {
        const ours = await measure(query, 'ours', clients);
        const bare = await measure(query, 'bare', clients);
        for (const p of [50, 95]) {
          rows.push({
            measurement: `API ${query} p${p} at ${label} vs its DynamoDB reads`,
            ours: percentile(ours.samples, p),
            bare: percentile(bare.samples, p),
            unit: 'ms',
            target: clients === 50 && p === 95 ? '≤ 50 ms' : '—',
          });
        }
        rows.push({ measurement: `API ${query} local-cloud CPU per call at ${label} vs its DynamoDB reads`, ours: ours.cpuPerCall, bare: bare.cpuPerCall, unit: 'ms', target: '—' });
      }
    }
  } finally {
    generator.stop();
  }
  return rows;
}
