import { noSuchObject } from './errors';
import type { Params } from './form-params';
import type { PaymentIntent } from './objects';
import { expandParam } from './param-readers';
import type { StripeContext } from './stripe-context';

/** The paths a payment intent's `expand[]` may name: its charge, for the receipt link. */
export const paymentIntentExpansions: readonly string[] = ['latest_charge'];

export function findPaymentIntent(context: StripeContext, id: string): PaymentIntent {
  const paymentIntent = context.store.state.paymentIntents[id];
  if (!paymentIntent) throw noSuchObject('payment_intent', id);
  return paymentIntent;
}

/** The payment intent with `latest_charge` replaced by the charge when `expand[]` names it (checked by the router). */
export function expandPaymentIntent(context: StripeContext, paymentIntent: PaymentIntent, params: Params): Record<string, unknown> {
  const result: Record<string, unknown> = { ...paymentIntent };
  if (expandParam(params).includes('latest_charge')) {
    result['latest_charge'] = paymentIntent.latest_charge ? (context.store.state.charges[paymentIntent.latest_charge] ?? null) : null;
  }
  return result;
}
