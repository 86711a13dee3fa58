import type { Recurring } from './objects';

const zeroDecimal = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);

/** 1999 usd → "$19.99"; amounts are in the currency's smallest unit, as everywhere in Stripe. */
export function formatAmount(amount: number, currency: string): string {
  const divisor = zeroDecimal.has(currency) ? 1 : 100;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / divisor);
}

export function formatInterval({ interval, interval_count }: Recurring): string {
  return interval_count === 1 ? `per ${interval}` : `every ${interval_count} ${interval}s`;
}
