import type { Plan, Price, Recurring } from './objects';

/** The legacy Plan that Stripe still puts on each subscription item: its recurring price, seen as a plan. */
export function planOf(price: Price): Plan {
  const { interval, interval_count, meter, trial_period_days, usage_type } = price.recurring as Recurring;
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval,
    interval_count,
    livemode: price.livemode,
    metadata: price.metadata,
    meter,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days,
    usage_type,
  };
}
