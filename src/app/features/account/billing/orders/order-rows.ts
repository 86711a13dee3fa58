import { MEMBERSHIP_DESCRIPTION, type OrderStatus, orderAmount, orderDate, orderStatusLabel } from '../../../../shared/order-display';
import type { MembershipInvoice, OrderRecord } from '../billing-types';

export interface OrderRow {
  readonly id: string;
  readonly what: string;
  /** When it was paid, or created for an order that never was (ISO date-time). */
  readonly date: string;
  /** What was charged, with the discount and its promotion code when there was one. */
  readonly amount: string;
  readonly status: string;
  readonly receiptUrl: string | null;
}

/** Orders whose checkout was never completed (PENDING, EXPIRED) charged nothing and are not listed. */
const LISTED_STATUSES: ReadonlySet<OrderStatus> = new Set(['PAID', 'REFUNDED', 'DISPUTED', 'FAILED']);

const INVOICE_STATUS_LABELS: Readonly<Record<string, string>> = {
  paid: $localize`:@@account.invoiceStatus.paid:Paid`,
  open: $localize`:@@account.invoiceStatus.open:Due`,
  void: $localize`:@@account.invoiceStatus.void:Void`,
  uncollectible: $localize`:@@account.invoiceStatus.uncollectible:Unpaid`,
  draft: $localize`:@@account.invoiceStatus.draft:Draft`,
};

/** The orders to list, newest first; `courseTitles` names course orders that carry no description. */
export function orderRows(orders: readonly OrderRecord[], courseTitles: ReadonlyMap<string, string>, locale?: string): OrderRow[] {
  return orders
    .filter((order) => LISTED_STATUSES.has(order.status))
    .map((order) => ({
      id: order.id,
      what: orderDescription(order, courseTitles),
      date: orderDate(order),
      amount: orderAmount(order, locale),
      status: orderStatusLabel(order.status),
      receiptUrl: order.receiptUrl ?? null,
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** Course orders from before orders carried a description need the catalog for their title. */
export function needsCourseTitles(orders: readonly OrderRecord[]): boolean {
  return orders.some((order) => !order.description && order.product === 'COURSE' && !!order.courseId);
}

export function invoiceStatus(invoice: Pick<MembershipInvoice, 'status'>): string {
  return INVOICE_STATUS_LABELS[invoice.status] ?? invoice.status.charAt(0).toUpperCase() + invoice.status.slice(1);
}

export function newestInvoicesFirst(invoices: readonly MembershipInvoice[]): MembershipInvoice[] {
  return [...invoices].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function orderDescription(order: OrderRecord, courseTitles: ReadonlyMap<string, string>): string {
  if (order.description) return order.description;
  if (order.product === 'MEMBERSHIP') return MEMBERSHIP_DESCRIPTION;
  return (order.courseId && courseTitles.get(order.courseId)) || $localize`:@@account.orders.courseFallback:Course`;
}
