import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobRecord } from './job-record';

/** Jobs as JSON files under `<stateDir>/jobs`, each rewritten atomically (temp file + rename) on every change. */
export class JobStore {
  private readonly jobs = new Map<string, JobRecord>();
  private writes: Promise<void> = Promise.resolve();

  private constructor(private readonly dir: string) {}

  static async open(stateDir: string): Promise<JobStore> {
    const store = new JobStore(join(stateDir, 'jobs'));
    await mkdir(store.dir, { recursive: true });
    for (const name of (await readdir(store.dir)).filter((n) => n.endsWith('.json'))) {
      const job = JSON.parse(await readFile(join(store.dir, name), 'utf8')) as JobRecord;
      store.jobs.set(job.id, job);
    }
    return store;
  }

  get(id: string): JobRecord | undefined {
    return this.jobs.get(id);
  }

  byClientRequestToken(token: string): JobRecord | undefined {
    return [...this.jobs.values()].find((job) => job.clientRequestToken === token);
  }

  /** Newest first, like ListJobs' default DESCENDING order. */
  all(): JobRecord[] {
    return [...this.jobs.values()].sort((a, b) => b.timing.submitTime - a.timing.submitTime || b.id.localeCompare(a.id));
  }

  /** Writes are chained so that a late progress update can never overwrite a newer state on disk. */
  save(job: JobRecord): Promise<void> {
    this.jobs.set(job.id, job);
    const snapshot = JSON.stringify(job);
    const path = join(this.dir, `${job.id}.json`);
    const write = this.writes.then(async () => {
      const temp = `${path}.${randomUUID()}.tmp`;
      await writeFile(temp, snapshot);
      await rename(temp, path);
    });
    this.writes = write.catch(() => undefined);
    return write;
  }
}
