import type { Schema } from '../../../amplify/data/resource';
import { formatPrice } from './price.pipe';

export type Order = Schema['Order']['type'];
export type OrderStatus = Schema['OrderStatus']['type'];

export const MEMBERSHIP_DESCRIPTION = 'Play-Along membership';

const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  PAID: 'Paid',
  PENDING: 'Pending',
  FAILED: 'Payment failed',
  EXPIRED: 'Checkout expired',
  REFUNDED: 'Refunded',
  DISPUTED: 'Disputed',
};

export function orderStatusLabel(status: OrderStatus): string {
  return ORDER_STATUS_LABELS[status];
}

/** When the order was paid, or created for one that never was (ISO date-time). */
export function orderDate(order: Pick<Order, 'paidAt' | 'createdAt'>): string {
  return order.paidAt ?? order.createdAt;
}

/** "$39.20 (−$9.80 with LEARN20)": what was charged, with the discount and its promotion code. */
export function orderAmount(order: Pick<Order, 'amountCents' | 'currency' | 'discountCents' | 'promotionCode'>, locale?: string): string {
  const charged = formatPrice(order.amountCents, order.currency, locale);
  if (!order.discountCents) return charged;
  const discount = `−${formatPrice(order.discountCents, order.currency, locale)}`;
  return `${charged} (${order.promotionCode ? `${discount} with ${order.promotionCode}` : `${discount} discount`})`;
}
