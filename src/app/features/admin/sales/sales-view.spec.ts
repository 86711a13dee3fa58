import { formatRevenue, monthLabel, monthRows, sortStudents } from './sales-view';

describe('monthRows', () => {
  const byMonth = [
    { month: '2026-03', revenueCents: 4_900, orders: 1 },
    { month: '2026-01', revenueCents: 9_800, orders: 2 },
    { month: '2026-02', revenueCents: 0, orders: 0 },
  ];

  it('should list months oldest first with their label, orders and revenue in the course currency', () => {
    expect(monthRows(byMonth, 'usd').map(({ label, orders, revenue }) => [label, orders, revenue])).toEqual([
      ['January 2026', 2, '$98.00'],
      ['February 2026', 0, '$0.00'],
      ['March 2026', 1, '$49.00'],
    ]);
  });

  it('should size each bar relative to the best month', () => {
    expect(monthRows(byMonth, 'eur').map((row) => row.percentOfBest)).toEqual([100, 0, 50]);
  });

  it('should give no rows when there were no paid orders', () => {
    expect(monthRows([], 'usd')).toEqual([]);
  });
});

describe('formatRevenue', () => {
  it('should show zero as an amount rather than "Free" when nothing was earned', () => {
    expect(formatRevenue(0, 'gbp')).toBe('£0.00');
  });

  it('should format cents in the course currency', () => {
    expect(formatRevenue(123_456, 'eur')).toBe('€1,234.56');
  });
});

describe('monthLabel', () => {
  it('should keep what is not a YYYY-MM month as it is', () => {
    expect(monthLabel('sometime')).toBe('sometime');
  });
});

describe('sortStudents', () => {
  it('should put the newest enrollment first', () => {
    const students = [
      { userId: 'a', email: 'a@example.com', source: 'PURCHASE' as const, enrolledAt: '2026-01-02T00:00:00Z', grantReason: null },
      {
        userId: 'b',
        email: 'b@example.com',
        source: 'ADMIN_GRANT' as const,
        enrolledAt: '2026-03-02T00:00:00Z',
        grantReason: 'Scholarship',
      },
    ];
    expect(sortStudents(students).map((student) => student.userId)).toEqual(['b', 'a']);
  });
});
