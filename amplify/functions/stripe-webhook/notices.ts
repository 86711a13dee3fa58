import type { MembershipChange } from './membership-sync';

/** What the buyer is told by email after an event has been applied. */
export type Notice =
  | {
      readonly kind: 'receipt';
      readonly userId: string;
      readonly orderId: string;
      readonly product: 'COURSE' | 'MEMBERSHIP';
      readonly courseId?: string;
      readonly amountCents: number;
      readonly discountCents: number;
      readonly currency: string;
      readonly receiptUrl?: string;
    }
  | { readonly kind: 'membership-renewed'; readonly userId: string; readonly priceCents?: number; readonly currency?: string; readonly paidThrough?: string }
  | { readonly kind: 'membership-canceling'; readonly userId: string; readonly endsAt?: string }
  | { readonly kind: 'membership-ended'; readonly userId: string };

/**
 * The notice a membership change calls for: it ended; it was set to end at the period's close; or
 * the same subscription, still active, moved on to a later period (Stripe charged the renewal).
 * The first period's payment is the checkout's receipt, so a period appearing is not a renewal.
 */
export function membershipNotice(userId: string, { before, after }: MembershipChange): Notice | undefined {
  if (after.status === 'CANCELED') return before?.status === 'CANCELED' ? undefined : { kind: 'membership-ended', userId };
  if (after.cancelAtPeriodEnd === true && before?.cancelAtPeriodEnd !== true) {
    return { kind: 'membership-canceling', userId, ...(after.currentPeriodEnd ? { endsAt: after.currentPeriodEnd } : {}) };
  }
  const renewed =
    after.status === 'ACTIVE' &&
    before?.stripeSubscriptionId === after.subscriptionId &&
    before.currentPeriodEnd !== undefined &&
    after.currentPeriodEnd !== undefined &&
    after.currentPeriodEnd > before.currentPeriodEnd;
  if (!renewed) return undefined;
  return {
    kind: 'membership-renewed',
    userId,
    paidThrough: after.currentPeriodEnd,
    ...(after.priceCents !== undefined && after.currency ? { priceCents: after.priceCents, currency: after.currency } : {}),
  };
}
