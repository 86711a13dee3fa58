import type Stripe from 'stripe';
import { cardPaymentDetails, type PaymentCard } from './card-details';
import { noSuchObject } from './errors';
import { newId, nowSeconds } from './ids';
import type { PaymentIntent } from './objects';
import type { StripeContext } from './stripe-context';

/**
 * The charge a succeeded payment intent makes, typed as the SDK declares it so drift fails the build. Its
 * `receipt_url` is this stand-in's receipt page (pay.stripe.com/receipts/… at Stripe).
 */
export function createCharge(
  context: StripeContext,
  paymentIntent: PaymentIntent,
  payer: { email: string; name: string; card: PaymentCard },
): Stripe.Charge {
  const id = newId('ch');
  const paymentMethod = newId('pm');
  const charge: Stripe.Charge = {
    id,
    object: 'charge',
    amount: paymentIntent.amount,
    amount_captured: paymentIntent.amount,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: newId('txn'),
    billing_details: { address: null, email: payer.email, name: payer.name, phone: null, tax_id: null },
    calculated_statement_descriptor: 'PLAY-ALONG',
    captured: true,
    created: nowSeconds(),
    currency: paymentIntent.currency,
    customer: paymentIntent.customer,
    description: paymentIntent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: {},
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      seller_message: 'Payment complete.',
      type: 'authorized',
    },
    paid: true,
    payment_intent: paymentIntent.id,
    payment_method: paymentMethod,
    payment_method_details: cardPaymentDetails(payer.card, paymentIntent.amount),
    receipt_email: paymentIntent.receipt_email,
    receipt_number: null,
    receipt_url: `${context.publicUrl}/receipts/${id}`,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'succeeded',
    transfer_data: null,
    transfer_group: null,
  };
  context.store.state.charges[charge.id] = charge;
  paymentIntent.latest_charge = charge.id;
  paymentIntent.payment_method = paymentMethod;
  return charge;
}

export function findCharge(context: StripeContext, id: string, param = 'id'): Stripe.Charge {
  const charge = context.store.state.charges[id];
  if (!charge) throw noSuchObject('charge', id, param);
  return charge;
}
