import type { AcceptedParams } from './accepted-params';
import { StripeApiError } from './errors';
import type { Params } from './form-params';
import { nowSeconds } from './ids';
import type { Subscription } from './objects';
import { metadataParam, optionalBoolean } from './param-readers';
import { previousAttributes } from './previous-attributes';
import type { RequestInfo, StripeContext } from './stripe-context';
import { currentPeriod, findSubscription } from './subscriptions';

export const subscriptionUpdateParams: AcceptedParams = { cancel_at_period_end: 'value', metadata: 'hash' };

/** `POST /v1/subscriptions/:id`: cancel at period end, resume, and metadata (an empty value unsets a key). */
export function updateSubscription(context: StripeContext, id: string, params: Params, request: RequestInfo): Subscription {
  const subscription = findSubscription(context, id);
  const cancelAtPeriodEnd = optionalBoolean(params, 'cancel_at_period_end');
  if (subscription.status === 'canceled' && cancelAtPeriodEnd !== null) {
    throw new StripeApiError(400, 'A canceled subscription can only update its cancellation_details and metadata.', {
      code: 'invalid_canceled_subscription_fields',
      param: 'cancel_at_period_end',
    });
  }
  return changeSubscription(context, subscription, request, (changing) => {
    if (cancelAtPeriodEnd !== null) setCancelAtPeriodEnd(changing, cancelAtPeriodEnd);
    if (params['metadata'] !== undefined) changing.metadata = mergedMetadata(changing.metadata, params);
  });
}

/** Applies `change` and, when anything changed, saves and sends `customer.subscription.updated` with the old values. */
export function changeSubscription(
  context: StripeContext,
  subscription: Subscription,
  request: RequestInfo,
  change: (subscription: Subscription) => void,
): Subscription {
  const before = structuredClone(subscription);
  change(subscription);
  const previous = previousAttributes(before, subscription);
  if (Object.keys(previous).length === 0) return subscription;
  context.store.save();
  context.events.publish('customer.subscription.updated', subscription, request, previous);
  return subscription;
}

/** As Stripe: `cancel_at` becomes the period end and `canceled_at` the time of the request; resuming clears both. */
export function setCancelAtPeriodEnd(subscription: Subscription, cancel: boolean): void {
  if (subscription.cancel_at_period_end === cancel) return;
  subscription.cancel_at_period_end = cancel;
  subscription.cancel_at = cancel ? currentPeriod(subscription).end : null;
  subscription.canceled_at = cancel ? nowSeconds() : null;
}

function mergedMetadata(current: Subscription['metadata'], params: Params): Subscription['metadata'] {
  if (params['metadata'] === '') return {};
  const merged = { ...current };
  for (const [key, value] of Object.entries(metadataParam(params, 'metadata'))) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
