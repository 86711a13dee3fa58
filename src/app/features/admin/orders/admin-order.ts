import type { Schema } from '../../../../../amplify/data/resource';
import { formatPrice } from '../../../shared/price.pipe';

export type AdminOrder = Schema['Order']['type'];
export type OrderStatus = Schema['OrderStatus']['type'];

export const ORDER_STATUSES: readonly OrderStatus[] = ['PAID', 'PENDING', 'FAILED', 'EXPIRED', 'REFUNDED', 'DISPUTED'];

const STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  PAID: 'Paid',
  PENDING: 'Pending',
  FAILED: 'Payment failed',
  EXPIRED: 'Checkout expired',
  REFUNDED: 'Refunded',
  DISPUTED: 'Disputed',
};

export interface OrderFilter {
  readonly status: OrderStatus | null;
  /** Matched, ignoring case, against the order id, what was bought (course title), the course id and the user id. */
  readonly query: string;
}

export function statusLabel(status: OrderStatus): string {
  return STATUS_LABELS[status];
}

/** When the order was paid, or created for one that never was (ISO date-time). */
export function orderDate(order: Pick<AdminOrder, 'paidAt' | 'createdAt'>): string {
  return order.paidAt ?? order.createdAt;
}

export function newestFirst(orders: readonly AdminOrder[]): AdminOrder[] {
  return [...orders].sort((a, b) => orderDate(b).localeCompare(orderDate(a)));
}

export function filterOrders(orders: readonly AdminOrder[], filter: OrderFilter): AdminOrder[] {
  const query = filter.query.trim().toLowerCase();
  return orders.filter(
    (order) =>
      (!filter.status || order.status === filter.status) &&
      (!query || [order.id, order.description, order.courseId, order.userId].some((text) => text?.toLowerCase().includes(query))),
  );
}

/** What was bought, for people; orders from before descriptions were recorded fall back to the product. */
export function orderDescription(order: Pick<AdminOrder, 'description' | 'product' | 'courseId'>): string {
  if (order.description) return order.description;
  return order.product === 'MEMBERSHIP' ? 'Play-Along membership' : `Course ${order.courseId ?? ''}`.trim();
}

/** "$39.20 (−$9.80 with LEARN20)": what was charged, with the discount and its promotion code. */
export function orderAmount(order: Pick<AdminOrder, 'amountCents' | 'currency' | 'discountCents' | 'promotionCode'>, locale?: string): string {
  const charged = formatPrice(order.amountCents, order.currency, locale);
  if (!order.discountCents) return charged;
  const discount = `−${formatPrice(order.discountCents, order.currency, locale)}`;
  return `${charged} (${order.promotionCode ? `${discount} with ${order.promotionCode}` : `${discount} discount`})`;
}
