import { MEMBERSHIP_DESCRIPTION, type Order, type OrderStatus, orderDate } from '../../../shared/order-display';

export type AdminOrder = Order;

export const ORDER_STATUSES: readonly OrderStatus[] = ['PAID', 'PENDING', 'FAILED', 'EXPIRED', 'REFUNDED', 'DISPUTED'];

export interface OrderFilter {
  readonly status: OrderStatus | null;
  /** Matched, ignoring case, against the order id, what was bought (course title), the course id and the user id. */
  readonly query: string;
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
  return order.product === 'MEMBERSHIP' ? MEMBERSHIP_DESCRIPTION : $localize`:@@admin.orders.courseFallback:Course ${order.courseId ?? ''}:courseId:`.trim();
}
