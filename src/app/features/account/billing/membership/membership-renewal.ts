import { InjectionToken } from '@angular/core';
import type { MembershipRecord } from '../billing-types';

/**
 * Pauses between re-reads of the membership after a cancel or resume: the record changes only when
 * Stripe's customer.subscription.updated event reaches the webhook, usually within a second or two.
 * The Membership record is written straight to DynamoDB, so no subscription would announce it.
 */
export const MEMBERSHIP_RECHECK_DELAYS_MS = new InjectionToken<readonly number[]>('MEMBERSHIP_RECHECK_DELAYS_MS', {
  providedIn: 'root',
  factory: () => [1000, 1500, 2500, 4000, 6000],
});

/**
 * Re-reads the membership after each delay until `cancelAtPeriodEnd` is what was asked for; null when
 * it never is. A failed read counts as "not yet".
 */
export async function awaitRenewalChange(
  read: () => Promise<MembershipRecord | null>,
  cancelAtPeriodEnd: boolean,
  delays: readonly number[],
): Promise<MembershipRecord | null> {
  for (const delay of delays) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    const membership = await read().catch(() => null);
    if (membership && (membership.cancelAtPeriodEnd ?? false) === cancelAtPeriodEnd) return membership;
  }
  return null;
}
