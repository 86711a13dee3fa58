import type { Schema } from '../../data/resource';
import { requireEnv } from './env';

type MembershipPlan = Schema['MembershipPlan']['type'];

export const MEMBERSHIP_CURRENCY = 'usd';
export const MEMBERSHIP_INTERVAL = 'month';

/** The all-access membership as configured on the server (MEMBERSHIP_PRICE_CENTS); never priced by a browser. */
export function membershipPlan(): MembershipPlan {
  return { priceCents: membershipPriceCents(), currency: MEMBERSHIP_CURRENCY, interval: MEMBERSHIP_INTERVAL };
}

export function membershipPriceCents(): number {
  const cents = Number(requireEnv('MEMBERSHIP_PRICE_CENTS'));
  if (!Number.isInteger(cents) || cents <= 0) throw new Error('MEMBERSHIP_PRICE_CENTS must be a positive integer');
  return cents;
}
