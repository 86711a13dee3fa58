import { readFile } from 'node:fs/promises';
import { processTree } from './process-tree';

const residentKb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
};

/** Resident memory (MiB) of a process and all its descendants: this bench's local cloud incl. its λ environments and ffmpeg. */
export async function treeRssMiB(root = process.pid): Promise<number> {
  const kbs = await Promise.all((await processTree(root)).map(residentKb));
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
