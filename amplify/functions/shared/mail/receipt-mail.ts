import { composeMail, formatDate, formatMoney, signature, type MailContent } from './mail-content';

export interface Receipt {
  /** What was bought, as the buyer knows it: a course title or the membership. */
  readonly item: string;
  readonly amountCents: number;
  readonly discountCents: number;
  readonly currency: string;
  readonly orderId: string;
  /** ISO timestamp of the payment. */
  readonly paidAt: string;
  /** Stripe's receipt or invoice page, when Stripe gave one. */
  readonly receiptUrl?: string;
}

/** Sent after each paid checkout (a course or the first month of the membership). */
export function receiptMail(receipt: Receipt): MailContent {
  const lines = [
    `Item: ${receipt.item}`,
    ...(receipt.discountCents > 0 ? [`Discount: ${formatMoney(receipt.discountCents, receipt.currency)}`] : []),
    `Paid: ${formatMoney(receipt.amountCents, receipt.currency)} on ${formatDate(receipt.paidAt)}`,
    `Order: ${receipt.orderId}`,
  ];
  return composeMail('Your Play-Along receipt', [
    'Thank you for your payment.',
    lines.join('\n'),
    ...(receipt.receiptUrl ? [`Stripe's receipt: ${receipt.receiptUrl}`] : []),
    'Your orders and receipts are also under Account → Orders.',
    signature,
  ]);
}
