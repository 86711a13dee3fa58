import { readFile, readdir } from 'node:fs/promises';

/** Parent pid → child pids, read from every /proc/<pid>/stat (Linux). */
async function childrenByParent(): Promise<Map<number, number[]>> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // Field 4 is the parent pid; the command name (field 2) may contain spaces, so read after its ')'.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(parent)) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  return children;
}

const residentKb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
};

/** Resident memory (MiB) of a process and all its descendants: this bench's local cloud incl. DynamoDB Local's java and ffmpeg. */
export async function treeRssMiB(root = process.pid): Promise<number> {
  const children = await childrenByParent();
  const pids: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    pids.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  const kbs = await Promise.all(pids.map(residentKb));
  return kbs.reduce((sum, kb) => sum + kb, 0) / 1024;
}

/** Samples treeRssMiB every intervalMs while `work` runs; resolves with the work's result and the peak. */
export async function peakRssDuring<T>(work: () => Promise<T>, intervalMs = 250): Promise<{ result: T; peakMiB: number }> {
  let peakMiB = await treeRssMiB();
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      peakMiB = Math.max(peakMiB, await treeRssMiB());
    });
  }, intervalMs);
  try {
    const result = await work();
    return { result, peakMiB };
  } finally {
    clearInterval(timer);
    await sampling;
  }
}
