import type { Recurring } from './objects';

const daySeconds = 24 * 60 * 60;

/**
 * The end of the billing period that contains `after`, counted from the subscription's anchor as Stripe does: a
 * monthly subscription started on 31 January renews on 28 (or 29) February, then on 31 March.
 */
export function periodEndAfter(anchor: number, recurring: Recurring, after: number): number {
  for (let periods = 1; ; periods++) {
    const end = addIntervals(anchor, recurring, periods);
    if (end > after) return end;
  }
}

function addIntervals(anchor: number, { interval, interval_count }: Recurring, periods: number): number {
  const count = interval_count * periods;
  if (interval === 'day') return anchor + count * daySeconds;
  if (interval === 'week') return anchor + count * 7 * daySeconds;
  const start = new Date(anchor * 1000);
  const month = start.getUTCMonth() + (interval === 'year' ? 12 * count : count);
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), month + 1, 0)).getUTCDate();
  const end = Date.UTC(
    start.getUTCFullYear(),
    month,
    Math.min(start.getUTCDate(), lastDay),
    start.getUTCHours(),
    start.getUTCMinutes(),
    start.getUTCSeconds(),
  );
  return end / 1000;
}
