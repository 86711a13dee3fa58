import type Stripe from 'stripe';
import { badRequest } from '../shared/errors';
import { logger } from '../shared/logger';
import { currentPeriodEnd, membershipStatus } from './membership-status';
import * as store from './payment-store';
import { checkoutMetadata, subscriptionMetadata } from './schema';

/** Applies one verified Stripe event to our records. Every branch is safe to repeat. */
export async function fulfil(event: Stripe.Event): Promise<void> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return sessionPaid(event.data.object, event.created);
    case 'checkout.session.expired':
      return store.closePendingOrder(event.data.object.id, 'EXPIRED');
    case 'checkout.session.async_payment_failed':
      return store.closePendingOrder(event.data.object.id, 'FAILED');
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return subscriptionChanged(event.data.object, event.type === 'customer.subscription.deleted', event.created);
    default:
      logger.info('Ignoring Stripe event type', { type: event.type });
  }
}

async function sessionPaid(session: Stripe.Checkout.Session, eventCreated: number): Promise<void> {
  if (session.payment_status === 'unpaid') {
    logger.info('Session completed but not paid yet; waiting for async payment', { sessionId: session.id });
    return;
  }
  const parsed = checkoutMetadata.safeParse(session.metadata ?? {});
  if (!parsed.success) throw badRequest(`session ${session.id} has no usable metadata`);
  const metadata = parsed.data;
  await store.markOrderPaid({
    sessionId: session.id,
    userId: metadata.userId,
    product: metadata.product,
    courseId: metadata.product === 'COURSE' ? metadata.courseId : undefined,
    amountCents: session.amount_total ?? 0,
    currency: session.currency ?? 'usd',
  });
  if (metadata.product === 'COURSE') {
    await store.grantEnrollment(metadata.userId, metadata.courseId, session.id);
    return;
  }
  await store.applyMembership({
    userId: metadata.userId,
    status: 'ACTIVE',
    stripeCustomerId: idOf(session.customer),
    stripeSubscriptionId: idOf(session.subscription),
    eventCreated,
  });
}

async function subscriptionChanged(subscription: Stripe.Subscription, deleted: boolean, eventCreated: number): Promise<void> {
  const parsed = subscriptionMetadata.safeParse(subscription.metadata ?? {});
  if (!parsed.success) {
    logger.warn('Subscription without a userId; not ours', { subscriptionId: subscription.id });
    return;
  }
  await store.applyMembership({
    userId: parsed.data.userId,
    status: deleted ? 'CANCELED' : membershipStatus(subscription.status),
    stripeCustomerId: idOf(subscription.customer),
    stripeSubscriptionId: subscription.id,
    currentPeriodEnd: currentPeriodEnd(subscription),
    eventCreated,
  });
}

function idOf(reference: string | { id: string } | null | undefined): string | undefined {
  if (!reference) return undefined;
  return typeof reference === 'string' ? reference : reference.id;
}
