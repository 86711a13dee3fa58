import { readFile, readdir } from 'node:fs/promises';

/** The fields of /proc/<pid>/stat after the command name (which may contain spaces, so read after its ')'). */
async function statFields(pid: number | string): Promise<string[] | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : undefined;
}

/** A process and all its descendants (Linux /proc), leaving out the subtrees of `excluded` pids. */
export async function processTree(root: number, excluded: readonly number[] = []): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // After the command name, field 2 is the parent pid.
    const parent = Number((await statFields(name))?.[1]);
    if (Number.isFinite(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const pids: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (excluded.includes(pid)) continue;
    pids.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return pids;
}

const clockTicksPerMs = 100 / 1000;

/** User + system CPU time (ms) a process has used so far; 0 once it is gone. */
export async function cpuMs(pid: number): Promise<number> {
  const fields = await statFields(pid);
  // utime and stime, in clock ticks (USER_HZ = 100 on Linux).
  return fields ? (Number(fields[11]) + Number(fields[12])) / clockTicksPerMs : 0;
}
