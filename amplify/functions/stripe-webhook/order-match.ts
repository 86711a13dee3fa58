import type Stripe from 'stripe';
import type { OrderRecord } from './payment-store';
import type { CheckoutMetadata } from './schema';

/**
 * Why a paid session does not match the order create-checkout recorded for it (buyer, product,
 * course, price, currency), or undefined when it does. Nothing is granted on a mismatch. The price
 * is the session's subtotal: a promotion code applied on Stripe's page lowers only its total.
 */
export function orderMismatch(order: OrderRecord, metadata: CheckoutMetadata, session: Stripe.Checkout.Session): string | undefined {
  const courseId = metadata.product === 'COURSE' ? metadata.courseId : null;
  const checks: [string, unknown, unknown][] = [
    ['userId', order.userId, metadata.userId],
    ['client_reference_id', order.userId, session.client_reference_id ?? order.userId],
    ['product', order.product, metadata.product],
    ['courseId', order.courseId ?? null, courseId],
    ['amount', order.amountCents, session.amount_subtotal],
    ['currency', order.currency.toLowerCase(), session.currency?.toLowerCase()],
  ];
  const differing = checks.filter(([, ours, theirs]) => ours !== theirs).map(([field]) => field);
  return differing.length > 0 ? `differs in ${differing.join(', ')}` : undefined;
}
