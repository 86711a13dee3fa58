/** One line of the bench table: our path beside the bare tool doing the same work, measured in the same run. */
export interface BenchRow {
  readonly measurement: string;
  readonly ours: number;
  /** The bare tool's number; undefined where a row is held against a fixed threshold only. */
  readonly bare?: number;
  readonly unit: 'ms' | 's' | 'kB' | 'MiB' | '';
  /** The target, e.g. '≤ 1.15x' (a ratio) or '≤ 1000 ms' (an absolute). */
  readonly target: string;
}

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const median = (values: readonly number[]): number => percentile(values, 50);

const formatValue = (value: number | undefined, unit: BenchRow['unit']): string => {
  if (value === undefined) return '—';
  const digits = unit === 's' || unit === '' || Math.abs(value) < 10 ? (unit === '' ? 3 : 1) : 0;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
};

export const ratioOf = (row: BenchRow): number | undefined => (row.bare && row.bare > 0 ? row.ours / row.bare : undefined);

/** The table `npm run bench` prints, columns padded to their widest cell. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['measurement', 'ours', 'bare tool', 'ratio', 'target'];
  const cells = rows.map((row) => {
    const ratio = ratioOf(row);
    return [row.measurement, formatValue(row.ours, row.unit), formatValue(row.bare, row.unit), ratio === undefined ? '—' : `${ratio.toFixed(2)}x`, row.target];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]) => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
