import type Stripe from 'stripe';

export type MembershipStatus = 'ACTIVE' | 'PAST_DUE' | 'CANCELED';

export function membershipStatus(status: Stripe.Subscription.Status): MembershipStatus {
  switch (status) {
    case 'active':
    case 'trialing':
      return 'ACTIVE';
    case 'past_due':
    case 'unpaid':
    case 'incomplete':
      return 'PAST_DUE';
    default:
      return 'CANCELED';
  }
}

/** current_period_end lives on subscription items in current API versions. */
export function currentPeriodEnd(subscription: Stripe.Subscription): string | undefined {
  const seconds = subscription.items?.data?.[0]?.current_period_end;
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : undefined;
}
