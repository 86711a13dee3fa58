import { formatTable, percentile, ratioOf } from './table';

describe('bench table', () => {
  it('should take the nearest-rank percentile of unsorted values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile([42], 95)).toBe(42);
    expect(() => percentile([], 50)).toThrowError(/no values/);
  });

  it('should print ours beside the bare tool with their ratio, and a dash where there is no bare tool', () => {
    const table = formatTable([
      { measurement: 'transcode 720p', ours: 23, bare: 20, unit: 's', target: '≤ 1.15x' },
      { measurement: 'catalog CLS', ours: 0.004, unit: '', target: '≤ 0.02' },
    ]);
    const [header, rule, transcode, cls] = table.split('\n');
    expect(header).toMatch(/^\| measurement +\| ours +\| bare tool \| ratio +\| target +\|$/);
    expect(rule).toMatch(/^\|-+\|-+\|-+\|-+\|-+\|$/);
    expect(transcode).toContain('| 23.0 s ');
    expect(transcode).toContain('| 20.0 s ');
    expect(transcode).toContain('| 1.15x ');
    expect(cls).toContain('| 0.004 ');
    expect(cls).toMatch(/\| — +\| — +\| ≤ 0\.02 +\|$/);
    expect(new Set(table.split('\n').map((row) => row.length)).size).toBe(1);
  });

  it('should have no ratio when the bare number is missing or zero', () => {
    expect(ratioOf({ measurement: 'm', ours: 1, bare: 0, unit: 'ms', target: '' })).toBeUndefined();
    expect(ratioOf({ measurement: 'm', ours: 3, bare: 2, unit: 'ms', target: '' })).toBe(1.5);
  });
});
