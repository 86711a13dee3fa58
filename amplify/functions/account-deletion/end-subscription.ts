import { getMembership } from '../shared/membership-record';
import { stripeClient } from '../shared/stripe-client';

/** Stripe's statuses of a subscription that can still charge or be revived. */
const ENDED = new Set(['canceled', 'incomplete_expired']);

/**
 * Cancels the user's subscription immediately (no proration, no invoice), so a deleted account is
 * never charged again. Asks Stripe for the subscription's state rather than trusting our record,
 * which may lag behind a webhook.
 */
export async function endSubscription(userId: string): Promise<void> {
  const subscriptionId = (await getMembership(userId))?.stripeSubscriptionId;
  if (!subscriptionId) return;
  const stripe = stripeClient();
  const subscription = await stripe.subscriptions.retrieve(subscriptionId);
  if (ENDED.has(subscription.status)) return;
  await stripe.subscriptions.cancel(subscriptionId);
}
