import type { Schema } from '../../../../../amplify/data/resource';
import { formatPrice } from '../../../shared/price.pipe';

export type MonthlyRevenue = Schema['MonthlyRevenue']['type'];
export type CourseStudent = Schema['CourseStudent']['type'];

export interface MonthRow {
  readonly month: string;
  /** "March 2026" */
  readonly label: string;
  readonly orders: number;
  readonly revenue: string;
  /** Share of the best month, 0–100, for the bar. */
  readonly percentOfBest: number;
}

/** Money earned, in the course currency; unlike a price, nothing earned is "$0.00", not "Free". */
export function formatRevenue(cents: number, currency: string, locale = 'en-US'): string {
  if (cents !== 0) return formatPrice(cents, currency, locale);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(0);
  } catch {
    return `0 ${currency.toUpperCase()}`;
  }
}

/** "2026-03" as "March 2026" (months are UTC calendar months on the server). */
export function monthLabel(month: string, locale = 'en-US'): string {
  const [, year, monthNumber] = /^(\d{4})-(\d{2})$/.exec(month) ?? [];
  if (!year) return month;
  const date = new Date(Date.UTC(Number(year), Number(monthNumber) - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The revenue-by-month table: oldest month first, amounts formatted, bars relative to the best month. */
export function monthRows(byMonth: readonly MonthlyRevenue[], currency: string, locale = 'en-US'): MonthRow[] {
  const best = Math.max(0, ...byMonth.map((month) => month.revenueCents));
  return [...byMonth]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((month) => ({
      month: month.month,
      label: monthLabel(month.month, locale),
      orders: month.orders,
      revenue: formatRevenue(month.revenueCents, currency, locale),
      percentOfBest: best > 0 ? Math.round((month.revenueCents / best) * 100) : 0,
    }));
}

export const SOURCE_LABELS: Readonly<Record<CourseStudent['source'], string>> = {
  PURCHASE: $localize`:@@admin.sales.source.purchase:Purchase`,
  ADMIN_GRANT: $localize`:@@admin.sales.source.grant:Admin grant`,
};

/** Newest enrollments first. */
export function sortStudents(students: readonly CourseStudent[]): CourseStudent[] {
  return [...students].sort((a, b) => b.enrolledAt.localeCompare(a.enrolledAt));
}
