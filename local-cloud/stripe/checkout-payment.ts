import type { PaymentCard } from './card-details';
import { createCharge } from './charges';
import { recordCheckoutDiscount, type CheckoutDiscount } from './checkout-discounts';
import { openDispute } from './disputes';
import { paymentIntentDefaults } from './feature-defaults';
import { newId, nowSeconds } from './ids';
import type { CheckoutSessionRecord, Customer, PaymentIntent } from './objects';
import { createCustomer } from './customers';
import { discountFirstInvoice } from './invoice-discount';
import { issueSubscriptionInvoice, publishInvoicePaid } from './invoices';
import { createSubscription } from './subscriptions';
import type { StripeContext } from './stripe-context';
import type { CardResult } from './test-cards';

export interface Payer {
  email: string;
  name: string;
  card: PaymentCard;
}

const noRequest = { id: null, idempotency_key: null };

/**
 * Applies a card result to an open session. Approved: the payment intent's charge is made, the session completes
 * (a customer, a subscription and its paid first invoice are created in subscription mode) and the events go out;
 * a dispute test card then opens a dispute. Declined: the payment intent records the error and
 * `payment_intent.payment_failed` goes out; the session stays open for another try. `applied`: a promotion code
 * checked on the page; the payment is for the discounted amount, and the discount is recorded only once paid.
 */
export function settleCheckoutSession(
  context: StripeContext,
  record: CheckoutSessionRecord,
  payer: Payer,
  card: CardResult,
  applied: CheckoutDiscount | null,
): void {
  const { session } = record;
  const paymentIntent = paymentIntentFor(context, record, payer);
  paymentIntent.amount = session.amount_total - (applied?.amountDiscount ?? 0);
  if (!card.approved) {
    paymentIntent.last_payment_error = {
      type: 'card_error',
      code: card.code,
      ...(card.declineCode ? { decline_code: card.declineCode } : {}),
      message: card.message,
    };
    paymentIntent.status = 'requires_payment_method';
    context.store.save();
    context.events.publish('payment_intent.payment_failed', paymentIntent, noRequest);
    return;
  }

  paymentIntent.status = 'succeeded';
  paymentIntent.amount_received = paymentIntent.amount;
  paymentIntent.last_payment_error = null;
  const charge = createCharge(context, paymentIntent, payer);
  session.status = 'complete';
  session.payment_status = 'paid';
  session.url = null;
  session.customer_details = {
    address: null,
    business_name: null,
    email: payer.email,
    individual_name: null,
    name: payer.name,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  };
  if (session.mode === 'subscription') {
    const customer = subscriptionCustomer(context, record, payer);
    const subscription = createSubscription(context, record, customer);
    const firstPeriod = { start: subscription.created, end: subscription.created };
    const invoice = issueSubscriptionInvoice(context, subscription, 'subscription_create', firstPeriod, payer.card.last4);
    session.customer = customer.id;
    session.subscription = subscription.id;
    session.invoice = invoice.id;
    if (applied) discountFirstInvoice(invoice, recordCheckoutDiscount(record, applied), applied.coupon);
    paymentIntent.customer = customer.id;
    context.store.save();
    context.events.publish('customer.subscription.created', subscription, noRequest);
    publishInvoicePaid(context, invoice);
  } else {
    if (session.customer === null && session.customer_creation === 'always') {
      session.customer = createCustomer(context, { email: payer.email, name: payer.name, metadata: {} }).id;
      paymentIntent.customer = session.customer;
    }
    if (applied) recordCheckoutDiscount(record, applied);
    context.store.save();
  }
  context.events.publish('checkout.session.completed', session, noRequest);
  if (card.dispute) openDispute(context, charge, card.dispute);
}

function paymentIntentFor(context: StripeContext, record: CheckoutSessionRecord, payer: Payer): PaymentIntent {
  const { state } = context.store;
  const existing = record.paymentIntentId ? state.paymentIntents[record.paymentIntentId] : undefined;
  if (existing) {
    existing.receipt_email = payer.email;
    return existing;
  }
  const { session } = record;
  const id = newId('pi');
  const paymentIntent: PaymentIntent = {
    ...paymentIntentDefaults(),
    id,
    object: 'payment_intent',
    amount: session.amount_total,
    amount_received: 0,
    client_secret: newId(`${id}_secret`, 25),
    created: nowSeconds(),
    currency: session.currency,
    customer: session.customer,
    description: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: { ...record.paymentIntentMetadata },
    payment_method: null,
    payment_method_types: ['card'],
    receipt_email: payer.email,
    status: 'requires_payment_method',
  };
  state.paymentIntents[paymentIntent.id] = paymentIntent;
  record.paymentIntentId = paymentIntent.id;
  if (session.mode === 'payment') session.payment_intent = paymentIntent.id;
  return paymentIntent;
}

function subscriptionCustomer(context: StripeContext, record: CheckoutSessionRecord, payer: Payer): Customer {
  const existing = record.session.customer ? context.store.state.customers[record.session.customer] : undefined;
  return existing ?? createCustomer(context, { email: payer.email, name: payer.name, metadata: {} });
}
