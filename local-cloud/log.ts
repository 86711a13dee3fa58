/** The local cloud's console: one aligned line per event, tagged with the service that said it. */
export interface Log {
  (service: string, line: string): void;
  summary(rows: [string, string][], elapsedMs: number): void;
}

const colors = [36, 35, 33, 32, 34, 91, 96, 95];
const useColor = process.stdout.isTTY && !process.env['NO_COLOR'];

export function createLog(write: (text: string) => void = (text) => process.stdout.write(text)): Log {
  const assigned = new Map<string, number>();
  const tag = (service: string) => {
    if (!assigned.has(service)) assigned.set(service, colors[assigned.size % colors.length]!);
    const padded = service.padEnd(18).slice(0, 18);
    return useColor ? `\x1b[${assigned.get(service)}m${padded}\x1b[0m` : padded;
  };
  const log = ((service: string, line: string) => write(`${tag(service)} │ ${line}\n`)) as Log;
  log.summary = (rows, elapsedMs) => {
    const width = Math.max(...rows.map(([name]) => name.length));
    write(`\n  Play-Along is running locally (ready in ${(elapsedMs / 1000).toFixed(1)} s)\n\n`);
    for (const [name, value] of rows) write(`  ${name.padEnd(width)}  ${value}\n`);
    write('\n  Ctrl-C stops everything; data is kept. npm run reset starts over.\n\n');
  };
  return log;
}
