import { randomBytes } from 'node:crypto';
import { clockOffsetSeconds, wallClockSeconds } from './clock';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Stripe-looking object id such as `cs_test_a1B2…` or `evt_…`. */
export function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  let suffix = '';
  for (const byte of bytes) suffix += alphabet[byte % alphabet.length];
  return `${prefix}_${suffix}`;
}

/** The account's time (see clock.ts): every timestamp the stand-in writes and every due date it checks. */
export function nowSeconds(): number {
  return wallClockSeconds() + clockOffsetSeconds();
}
