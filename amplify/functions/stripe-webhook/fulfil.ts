import type Stripe from 'stripe';
import { badRequest, notReady } from '../shared/errors';
import { logger } from '../shared/logger';
import { stripeClient } from '../shared/stripe-client';
import { currentPeriodEnd, membershipStatus } from './membership-status';
import type { SubscriptionState } from './membership-store';
import { syncMembership } from './membership-sync';
import { membershipNotice, type Notice } from './notices';
import { announceFulfilled } from './order-fulfilment';
import { orderMismatch } from './order-match';
import { paymentDetails } from './payment-details';
import * as store from './payment-store';
import { checkoutMetadata, subscriptionMetadata } from './schema';

/**
 * Applies one verified Stripe event to our records, and says what the buyer should be told about it
 * (a receipt, a membership renewal, cancellation or end), if anything. Every branch is safe to
 * repeat after a crash.
 */
export async function fulfil(event: Stripe.Event): Promise<Notice | undefined> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return sessionPaid(event.data.object, event.created);
    case 'checkout.session.expired':
      await store.closePendingOrder(event.data.object.id, 'EXPIRED');
      return undefined;
    case 'checkout.session.async_payment_failed':
      await store.closePendingOrder(event.data.object.id, 'FAILED');
      return undefined;
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return subscriptionChanged(event.data.object, event.type === 'customer.subscription.deleted', event.created);
    case 'charge.refunded':
      await chargeRefunded(event.data.object);
      return undefined;
    case 'charge.dispute.created':
      await revokePayment(idOf(event.data.object.payment_intent), 'DISPUTED');
      return undefined;
    default:
      logger.info('Ignoring Stripe event type', { type: event.type });
      return undefined;
  }
}

async function sessionPaid(session: Stripe.Checkout.Session, eventCreated: number): Promise<Notice | undefined> {
  if (session.payment_status === 'unpaid') {
    logger.info('Session completed but not paid yet; waiting for async payment', { sessionId: session.id });
    return undefined;
  }
  const parsed = checkoutMetadata.safeParse(session.metadata ?? {});
  if (!parsed.success) throw badRequest(`session ${session.id} has no usable metadata`);
  const metadata = parsed.data;
  const order = await store.getOrder(session.id);
  if (!order) throw notReady(`no order for paid session ${session.id} yet`);
  const mismatch = orderMismatch(order, metadata, session);
  if (mismatch) {
    logger.error('Paid session does not match its order; granting nothing', { sessionId: session.id, mismatch });
    return undefined;
  }
  const details = await paymentDetails(session);
  if (!(await store.markOrderPaid(order.id, idOf(session.payment_intent), details))) {
    logger.warn('Paid session for an order that is no longer payable; granting nothing', { sessionId: session.id, status: order.status });
    return undefined;
  }
  if (metadata.product === 'COURSE') {
    await store.grantEnrollment({ id: order.id, userId: order.userId, courseId: metadata.courseId });
  } else {
    const subscriptionId = idOf(session.subscription);
    if (!subscriptionId) throw badRequest(`membership session ${session.id} has no subscription`);
    const customerId = idOf(session.customer);
    const paid: SubscriptionState = { subscriptionId, status: 'ACTIVE', ...(customerId ? { stripeCustomerId: customerId } : {}) };
    await syncMembership(order.userId, paid, eventCreated, fetchSubscription);
  }
  await announceFulfilled(order.id);
  return {
    kind: 'receipt',
    userId: order.userId,
    orderId: order.id,
    product: metadata.product,
    ...(metadata.product === 'COURSE' ? { courseId: metadata.courseId } : {}),
    amountCents: details.amountCents,
    discountCents: details.discountCents,
    currency: session.currency ?? order.currency,
    ...(details.receiptUrl ? { receiptUrl: details.receiptUrl } : {}),
  };
}

async function subscriptionChanged(subscription: Stripe.Subscription, deleted: boolean, eventCreated: number): Promise<Notice | undefined> {
  const parsed = subscriptionMetadata.safeParse(subscription.metadata ?? {});
  if (!parsed.success) {
    logger.warn('Subscription without a userId; not ours', { subscriptionId: subscription.id });
    return undefined;
  }
  const { userId } = parsed.data;
  const reported = subscriptionState(subscription);
  const change = await syncMembership(userId, deleted ? { ...reported, status: 'CANCELED' } : reported, eventCreated, fetchSubscription);
  return change && membershipNotice(userId, change);
}

/** A full refund takes the access away; a partial one keeps it. */
async function chargeRefunded(charge: Stripe.Charge): Promise<void> {
  if (!charge.refunded) {
    logger.info('Partial refund; access stays', { chargeId: charge.id, amountRefunded: charge.amount_refunded });
    return;
  }
  await revokePayment(idOf(charge.payment_intent), 'REFUNDED');
}

async function revokePayment(paymentIntentId: string | undefined, status: 'REFUNDED' | 'DISPUTED'): Promise<void> {
  if (!paymentIntentId) {
    logger.info('Charge without a payment intent; not a checkout payment of ours');
    return;
  }
  const order = await store.findOrderByPaymentIntent(paymentIntentId);
  if (order) {
    await store.revokeOrder(order, status);
    return;
  }
  // The session's completion (which records the payment intent) may simply not be processed yet.
  const paymentIntent = await stripeClient().paymentIntents.retrieve(paymentIntentId);
  if (paymentIntent.metadata?.['product'] === 'COURSE') throw notReady(`no order records payment ${paymentIntentId} yet`);
  logger.info('Refund or dispute of a payment without a course order', { paymentIntentId });
}

async function fetchSubscription(subscriptionId: string): Promise<SubscriptionState> {
  return subscriptionState(await stripeClient().subscriptions.retrieve(subscriptionId));
}

function subscriptionState(subscription: Stripe.Subscription): SubscriptionState {
  const customerId = idOf(subscription.customer);
  const periodEnd = currentPeriodEnd(subscription);
  const price = subscription.items?.data?.[0]?.price;
  return {
    subscriptionId: subscription.id,
    status: membershipStatus(subscription.status),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    ...(customerId ? { stripeCustomerId: customerId } : {}),
    ...(periodEnd ? { currentPeriodEnd: periodEnd } : {}),
    ...(typeof price?.unit_amount === 'number' ? { priceCents: price.unit_amount, currency: price.currency } : {}),
  };
}

function idOf(reference: string | { id: string } | null | undefined): string | undefined {
  if (!reference) return undefined;
  return typeof reference === 'string' ? reference : reference.id;
}
