import { periodEndAfter } from './billing-periods';
import { StripeApiError, noSuchObject } from './errors';
import { subscriptionDefaults, subscriptionItemDefaults } from './feature-defaults';
import { newId, nowSeconds } from './ids';
import type { CheckoutSessionRecord, Customer, LineItem, Recurring, Subscription } from './objects';
import { planOf } from './plans';
import type { RequestInfo, StripeContext } from './stripe-context';

export function findSubscription(context: StripeContext, id: string): Subscription {
  const subscription = context.store.state.subscriptions[id];
  if (!subscription) throw noSuchObject('subscription', id);
  return subscription;
}

/** The billing period the subscription is in; all its items share it. */
export function currentPeriod(subscription: Subscription): { start: number; end: number } {
  const [item] = subscription.items.data;
  if (!item) throw new Error(`subscription ${subscription.id} has no items`);
  return { start: item.current_period_start, end: item.current_period_end };
}

export function cancelSubscription(context: StripeContext, id: string, request: RequestInfo): Subscription {
  const subscription = findSubscription(context, id);
  if (subscription.status === 'canceled') {
    throw new StripeApiError(400, `This subscription (${id}) has already been canceled.`);
  }
  const now = nowSeconds();
  subscription.status = 'canceled';
  subscription.canceled_at = now;
  subscription.ended_at = now;
  context.store.save();
  context.events.publish('customer.subscription.deleted', subscription, request);
  return subscription;
}

/** The subscription a completed subscription-mode session starts, from its recurring line items. */
export function createSubscription(context: StripeContext, record: CheckoutSessionRecord, customer: Customer): Subscription {
  const id = newId('sub');
  const start = nowSeconds();
  const recurringItems = record.lineItems.filter((item) => item.price.recurring !== null);
  const subscription: Subscription = {
    ...subscriptionDefaults(),
    id,
    object: 'subscription',
    billing_cycle_anchor: start,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    collection_method: 'charge_automatically',
    created: start,
    currency: record.session.currency,
    customer: customer.id,
    ended_at: null,
    items: {
      object: 'list',
      data: recurringItems.map((item) => subscriptionItem(item, id, start)),
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    latest_invoice: null,
    livemode: false,
    metadata: { ...record.subscriptionMetadata },
    start_date: start,
    status: 'active',
  };
  context.store.state.subscriptions[id] = subscription;
  for (const item of recurringItems) context.store.state.productNames[item.price.product] = item.description;
  return subscription;
}

function subscriptionItem(item: LineItem, subscription: string, start: number): Subscription['items']['data'][number] {
  return {
    ...subscriptionItemDefaults(),
    id: newId('si', 14),
    object: 'subscription_item',
    created: start,
    current_period_start: start,
    current_period_end: periodEndAfter(start, item.price.recurring as Recurring, start),
    metadata: {},
    plan: planOf(item.price),
    price: item.price,
    quantity: item.quantity,
    subscription,
  };
}
