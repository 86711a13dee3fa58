import type Stripe from 'stripe';
import type { Schema } from '../../data/resource';

type MembershipInvoice = Schema['MembershipInvoice']['type'];

/**
 * One Stripe invoice as the account page shows it. The period is the subscription line's: an
 * invoice's own period_start/period_end describe the period before it (for usage), so they are only
 * the fallback when there is no line.
 */
export function toMembershipInvoice(invoice: Stripe.Invoice): MembershipInvoice {
  const period = invoice.lines.data[0]?.period ?? { start: invoice.period_start, end: invoice.period_end };
  return {
    id: invoice.id,
    number: invoice.number,
    amountPaidCents: invoice.amount_paid,
    currency: invoice.currency,
    // Only preview invoices, which are never listed, have no status.
    status: invoice.status ?? 'draft',
    createdAt: isoOf(invoice.created),
    periodStart: isoOf(period.start),
    periodEnd: isoOf(period.end),
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
  };
}

function isoOf(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
