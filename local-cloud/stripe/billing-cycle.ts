import { periodEndAfter } from './billing-periods';
import { clockOffsetSeconds, setClockOffset, wallClockSeconds } from './clock';
import { issueSubscriptionInvoice, publishInvoicePaid } from './invoices';
import { nowSeconds } from './ids';
import type { Recurring, Subscription } from './objects';
import { previousAttributes } from './previous-attributes';
import type { StripeContext } from './stripe-context';
import { currentPeriod } from './subscriptions';

const noRequest = { id: null, idempotency_key: null };
/** The card of subscriptions whose first invoice predates stored cards: Stripe's default test card. */
const defaultTestCardLast4 = '4242';

interface DueSubscription {
  subscription: Subscription;
  at: number;
  ends: boolean;
}

/**
 * Moves the account's clock forward by `seconds` the way a test clock advances: every subscription period that ends on
 * the way is processed in time order with the clock at that moment, so its timestamps and events carry that time.
 * A subscription set to cancel ends; any other renews with a new paid invoice. Returns the new time.
 */
export function advanceClock(context: StripeContext, seconds: number): number {
  const target = nowSeconds() + seconds;
  settleDueSubscriptions(context, target);
  moveClockTo(context, target);
  return nowSeconds();
}

/** Processes what became due up to `until` (by default now: real time passes too, as it does at Stripe). */
export function settleDueSubscriptions(context: StripeContext, until = nowSeconds()): void {
  for (let due = nextDue(context); due !== null && due.at <= until; due = nextDue(context)) {
    if (due.at > nowSeconds()) moveClockTo(context, due.at);
    if (due.ends) endSubscription(context, due.subscription, due.at);
    else renewSubscription(context, due.subscription);
  }
}

function nextDue(context: StripeContext): DueSubscription | null {
  let next: DueSubscription | null = null;
  for (const subscription of Object.values(context.store.state.subscriptions)) {
    if (subscription.status === 'canceled') continue;
    const periodEnd = currentPeriod(subscription).end;
    const ends = subscription.cancel_at !== null && subscription.cancel_at <= periodEnd;
    const at = ends ? (subscription.cancel_at as number) : periodEnd;
    if (next === null || at < next.at) next = { subscription, at, ends };
  }
  return next;
}

function endSubscription(context: StripeContext, subscription: Subscription, at: number): void {
  subscription.status = 'canceled';
  subscription.ended_at = at;
  context.store.save();
  context.events.publish('customer.subscription.deleted', subscription, noRequest);
}

/** The next period starts where the last ended; Stripe updates the subscription, then its new invoice is paid. */
function renewSubscription(context: StripeContext, subscription: Subscription): void {
  const before = structuredClone(subscription);
  const endedPeriod = currentPeriod(subscription);
  const lastInvoice = subscription.latest_invoice ? context.store.state.invoices[subscription.latest_invoice] : undefined;
  for (const item of subscription.items.data) {
    item.current_period_start = endedPeriod.end;
    item.current_period_end = periodEndAfter(subscription.start_date, item.price.recurring as Recurring, endedPeriod.end);
  }
  const invoice = issueSubscriptionInvoice(context, subscription, 'subscription_cycle', endedPeriod, lastInvoice?.cardLast4 ?? defaultTestCardLast4);
  context.store.save();
  context.events.publish('customer.subscription.updated', subscription, noRequest, previousAttributes(before, subscription));
  publishInvoicePaid(context, invoice);
}

function moveClockTo(context: StripeContext, at: number): void {
  const offset = at - wallClockSeconds();
  if (offset === clockOffsetSeconds()) return;
  context.store.state.clockOffsetSeconds = offset;
  setClockOffset(offset);
  context.store.save();
}
