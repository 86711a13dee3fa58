import { composeMail, formatDate, formatMoney, signature, type MailContent } from './mail-content';

export interface Renewal {
  readonly priceCents?: number;
  readonly currency?: string;
  /** ISO end of the period just paid for. */
  readonly paidThrough?: string;
}

/** Sent when Stripe renews the membership for another period (its receipt). */
export function membershipRenewedMail(renewal: Renewal): MailContent {
  const charged =
    renewal.priceCents !== undefined && renewal.currency ? `We charged ${formatMoney(renewal.priceCents, renewal.currency)}. ` : '';
  const through = renewal.paidThrough ? `It now runs until ${formatDate(renewal.paidThrough)}.` : '';
  return composeMail('Your Play-Along membership renewed', [
    `Your all-access membership has renewed. ${charged}${through}`.trim(),
    'Invoices are under Account → Orders; card and cancellation under Account → Membership.',
    signature,
  ]);
}
