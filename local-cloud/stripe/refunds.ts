import type Stripe from 'stripe';
import { findCharge } from './charges';
import { StripeApiError, invalidParam, missingParam, noSuchObject } from './errors';
import type { Params } from './form-params';
import { newId, nowSeconds } from './ids';
import { metadataParam, optionalInteger, optionalString } from './param-readers';
import type { RequestInfo, StripeContext } from './stripe-context';

const reasons = new Set<Stripe.Refund.Reason>(['duplicate', 'fraudulent', 'requested_by_customer']);

/**
 * POST /v1/refunds: refunds all or part of a charge (named directly or through its payment intent)
 * at once, as card refunds in test mode do, and sends `refund.created` and `charge.refunded`.
 */
export function createRefund(context: StripeContext, params: Params, request: RequestInfo): Stripe.Refund {
  const charge = chargeToRefund(context, params);
  if (charge.disputed) {
    throw new StripeApiError(400, `Charge ${charge.id} has been charged back; cannot issue a refund.`, { code: 'charge_disputed' });
  }
  const refundable = charge.amount_captured - charge.amount_refunded;
  if (refundable <= 0) {
    throw new StripeApiError(400, `Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  }
  const amount = optionalInteger(params, 'amount') ?? refundable;
  if (amount <= 0) throw invalidParam('amount', 'Invalid positive integer');
  if (amount > refundable) {
    throw new StripeApiError(400, `Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`, {
      code: 'amount_too_large',
      param: 'amount',
    });
  }
  const reason = optionalString(params, 'reason');
  if (reason !== null && !reasons.has(reason as Stripe.Refund.Reason)) {
    throw invalidParam('reason', `Invalid reason: must be one of ${[...reasons].join(', ')}`);
  }

  const refund: Stripe.Refund = {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: newId('txn'),
    charge: charge.id,
    created: nowSeconds(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    metadata: metadataParam(params, 'metadata'),
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: reason as Stripe.Refund.Reason | null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount_captured;
  context.store.state.refunds[refund.id] = refund;
  context.store.save();
  context.events.publish('refund.created', refund, request);
  context.events.publish('charge.refunded', charge, request);
  return refund;
}

export function findRefund(context: StripeContext, id: string): Stripe.Refund {
  const refund = context.store.state.refunds[id];
  if (!refund) throw noSuchObject('refund', id);
  return refund;
}

function chargeToRefund(context: StripeContext, params: Params): Stripe.Charge {
  const chargeId = optionalString(params, 'charge');
  const paymentIntentId = optionalString(params, 'payment_intent');
  if (chargeId === null && paymentIntentId === null) throw missingParam('charge');
  if (chargeId !== null) {
    const charge = findCharge(context, chargeId, 'charge');
    if (paymentIntentId !== null && charge.payment_intent !== paymentIntentId) {
      throw invalidParam('payment_intent', `The charge ${chargeId} does not belong to the PaymentIntent ${paymentIntentId}.`);
    }
    return charge;
  }
  const paymentIntent = context.store.state.paymentIntents[paymentIntentId as string];
  if (!paymentIntent) throw noSuchObject('payment_intent', paymentIntentId as string, 'payment_intent');
  if (!paymentIntent.latest_charge) {
    throw new StripeApiError(400, `This PaymentIntent (${paymentIntent.id}) does not have a successful charge to refund.`, {
      param: 'payment_intent',
    });
  }
  return findCharge(context, paymentIntent.latest_charge, 'payment_intent');
}
