import type { Params } from './form-params';
import { listPage } from './list-page';
import type { Delivery, ListObject, StripeEvent } from './objects';
import { optionalString } from './param-readers';
import type { StripeContext } from './stripe-context';

/** `GET /v1/events`: newest first, optionally by `type`, each with a non-Stripe `delivery` field for debugging. */
export function listEvents(context: StripeContext, params: Params): ListObject<StripeEvent & { delivery: Delivery }> {
  const type = optionalString(params, 'type');
  const matching = Object.values(context.store.state.events)
    .filter((record) => type === null || record.event.type === type)
    .reverse()
    .map((record) => ({ ...record.event, delivery: record.delivery }));
  return listPage(matching, params, '/v1/events', 'event');
}
