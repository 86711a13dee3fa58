import type { MonthlyRevenue, OrderRecord } from './records';

export interface Revenue {
  readonly revenueCents: number;
  readonly paidOrders: number;
  readonly byMonth: MonthlyRevenue[];
}

/**
 * Paid orders in the course's currency, in total and per calendar month (UTC, YYYY-MM) of
 * payment, oldest month first. Orders in another currency (paid before a currency change) are
 * left out rather than added up as if they were the same money.
 */
export function revenueOf(orders: readonly OrderRecord[], currency: string): Revenue {
  const paid = orders.filter((order) => order.status === 'PAID' && order.currency.toLowerCase() === currency.toLowerCase());
  const months = new Map<string, MonthlyRevenue>();
  for (const order of paid) {
    const month = (order.paidAt ?? order.createdAt).slice(0, 7);
    const entry = months.get(month) ?? { month, revenueCents: 0, orders: 0 };
    months.set(month, { month, revenueCents: entry.revenueCents + order.amountCents, orders: entry.orders + 1 });
  }
  return {
    revenueCents: paid.reduce((total, order) => total + order.amountCents, 0),
    paidOrders: paid.length,
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  };
}
