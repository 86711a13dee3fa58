import type Stripe from 'stripe';
import { auditEntryItem, type Actor } from '../shared/audit-entry';
import { conflict, notFound } from '../shared/errors';
import { logger } from '../shared/logger';
import { stripeClient } from '../shared/stripe-client';
import * as store from './billing-store';
import { asConflictIfStripeRefused } from './stripe-refusal';

/**
 * Refunds a paid order in full through Stripe and audits it. The order is returned as stored, still
 * PAID: it becomes REFUNDED, and its access goes, when Stripe's charge.refunded reaches the webhook.
 *
 * Both writes are repeatable: the idempotency key makes Stripe answer a repeated refund (a double
 * click, or a retry after the audit write failed) with the first refund, and the audit entry's id
 * comes from that refund, so it is written once.
 */
export async function refundOrder(actor: Actor, orderId: string, reason: string): Promise<store.OrderRecord> {
  const order = await store.getOrder(orderId);
  if (!order) throw notFound('no such order');
  if (order.status !== 'PAID' || !order.stripePaymentIntentId) throw conflict('only a paid order can be refunded');

  const refund = await createRefund(order.stripePaymentIntentId, orderId, actor.id);
  const entry = auditEntryItem(
    actor,
    {
      action: 'order.refund',
      entityType: 'Order',
      entityId: orderId,
      ...(order.courseId ? { courseId: order.courseId } : {}),
      details: { reason, amountCents: refund.amount, refundId: refund.id },
    },
    new Date().toISOString(),
    `order.refund-${refund.id}`,
  );
  await store.putAuditEntryOnce(entry);
  logger.info('Order refund requested', { orderId, refundId: refund.id });
  return order;
}

async function createRefund(paymentIntent: string, orderId: string, adminId: string): Promise<Stripe.Refund> {
  try {
    return await stripeClient().refunds.create(
      { payment_intent: paymentIntent, reason: 'requested_by_customer', metadata: { orderId, adminId } },
      { idempotencyKey: `refund-${orderId}` },
    );
  } catch (error) {
    throw asConflictIfStripeRefused(error);
  }
}
