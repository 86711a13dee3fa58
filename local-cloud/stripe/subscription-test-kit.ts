import type Stripe from 'stripe';
import { secretKey, type StripeFixture } from './stripe-test-harness';

export const membershipName = 'All-access membership';

/**
 * Buys the monthly membership through the hosted checkout page, as a browser would, and returns its subscription.
 * Without `customer`, Checkout creates a new customer.
 */
export async function subscribe(
  fixture: StripeFixture,
  { customer, cardNumber = '4242424242424242' }: { customer?: string; cardNumber?: string } = {},
): Promise<Stripe.Subscription> {
  const session = await fixture.createSession({
    mode: 'subscription',
    ...(customer ? { customer } : {}),
    line_items: [
      {
        quantity: 1,
        price_data: { currency: 'usd', unit_amount: 999, recurring: { interval: 'month' }, product_data: { name: membershipName } },
      },
    ],
    subscription_data: { metadata: { userId: 'user-1' } },
  });
  const payment = await fixture.pay(session.id, cardNumber);
  if (payment.status !== 303) throw new Error(`checkout answered ${payment.status}`);
  const paid = await fixture.stripe.checkout.sessions.retrieve(session.id);
  return fixture.stripe.subscriptions.retrieve(paid.subscription as string);
}

/** `POST /_local/clock/advance` with the fixture's secret key; resolves with the new account time. */
export async function advanceClock(fixture: StripeFixture, seconds: number): Promise<number> {
  const response = await fetch(`${fixture.service.url}/_local/clock/advance`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}` },
    body: new URLSearchParams({ seconds: String(seconds) }),
  });
  if (!response.ok) throw new Error(`clock advance answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { now: number }).now;
}

/** Every event the stand-in published, oldest first, optionally of one type. */
export async function publishedEvents(fixture: StripeFixture, type?: string): Promise<Stripe.Event[]> {
  const { data } = await fixture.stripe.events.list({ limit: 100, ...(type ? { type } : {}) });
  return data.reverse();
}

export function periodOf(subscription: Stripe.Subscription): { start: number; end: number } {
  const [item] = subscription.items.data;
  if (!item) throw new Error('subscription without items');
  return { start: item.current_period_start, end: item.current_period_end };
}
