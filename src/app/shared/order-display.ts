import type { Schema } from '../../../amplify/data/resource';
import { formatPrice } from './price.pipe';

export type Order = Schema['Order']['type'];
export type OrderStatus = Schema['OrderStatus']['type'];

export const MEMBERSHIP_DESCRIPTION = $localize`:@@shared.order.membership:Play-Along membership`;

const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  PAID: $localize`:@@shared.orderStatus.paid:Paid`,
  PENDING: $localize`:@@shared.orderStatus.pending:Pending`,
  FAILED: $localize`:@@shared.orderStatus.failed:Payment failed`,
  EXPIRED: $localize`:@@shared.orderStatus.expired:Checkout expired`,
  REFUNDED: $localize`:@@shared.orderStatus.refunded:Refunded`,
  DISPUTED: $localize`:@@shared.orderStatus.disputed:Disputed`,
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
  const code = order.promotionCode;
  return code
    ? $localize`:@@shared.order.amountWithCode:${charged}:charged: (${discount}:discount: with ${code}:code:)`
    : $localize`:@@shared.order.amountWithDiscount:${charged}:charged: (${discount}:discount: discount)`;
}
