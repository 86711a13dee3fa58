import { invalidParam } from './errors';
import type { Params } from './form-params';
import { listPage, pageParams } from './list-page';
import type { AcceptedParams } from './accepted-params';
import type { ListObject, Subscription } from './objects';
import { optionalString } from './param-readers';
import type { StripeContext } from './stripe-context';

export const subscriptionListParams: AcceptedParams = { ...pageParams, customer: 'value', status: 'value' };
const statuses = new Set([
  'active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid',
]);

/** `GET /v1/subscriptions`: newest first; without `status`, every subscription that is not canceled, as Stripe lists. */
export function listSubscriptions(context: StripeContext, params: Params): ListObject<Subscription> {
  const customer = optionalString(params, 'customer');
  const status = optionalString(params, 'status');
  if (status !== null && !statuses.has(status)) {
    throw invalidParam('status', `Invalid status: must be one of ${[...statuses].join(', ')}`);
  }
  const matching = Object.values(context.store.state.subscriptions)
    .filter((subscription) => (customer === null || subscription.customer === customer) && hasStatus(subscription, status))
    .reverse();
  return listPage(matching, params, '/v1/subscriptions', 'subscription');
}

function hasStatus(subscription: Subscription, status: string | null): boolean {
  if (status === null) return subscription.status !== 'canceled';
  if (status === 'all') return true;
  if (status === 'ended') return subscription.status === 'canceled';
  return subscription.status === status;
}
