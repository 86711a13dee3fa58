import type Stripe from 'stripe';
import { formatDate } from './display-dates';
import { escapeHtml, htmlPage } from './html-page';
import { formatAmount } from './money';

/** What a charge's receipt shows beyond the charge itself: what was bought and what the promotion code took off. */
export interface Receipt {
  charge: Stripe.Charge;
  items: ReadonlyArray<{ description: string; quantity: number; amountSubtotal: number }>;
  amountSubtotal: number;
  discount: { amount: number; code: string | null } | null;
}

const merchant = 'Play-Along';

/** The receipt page (`receipt_url`), in the spirit of pay.stripe.com/receipts: items, discount, total, card, refunds. */
export function renderReceiptPage({ charge, items, amountSubtotal, discount }: Receipt): string {
  const money = (amount: number): string => escapeHtml(formatAmount(amount, charge.currency));
  const row = (term: string, value: string, className = ''): string =>
    `<div${className ? ` class="${className}"` : ''}><dt>${term}</dt><dd>${value}</dd></div>`;
  const itemRows = items.map((item) =>
    row(`${escapeHtml(item.description)}${item.quantity > 1 ? ` × ${item.quantity}` : ''}`, money(item.amountSubtotal)),
  );
  const discountLabel = discount?.code ? `Discount (${escapeHtml(discount.code)})` : 'Discount';
  return htmlPage(
    `Receipt from ${merchant}`,
    `<p class="badge">Test mode · local Stripe stand-in</p>
<h1>Receipt from ${merchant}</h1>
<p class="total"><span class="visually-hidden">Amount paid: </span>${money(charge.amount)}</p>
${refundNotice(charge, money)}
<dl class="summary" aria-label="Payment details">
${row('Date paid', escapeHtml(formatDate(charge.created)))}
${row('Payment method', escapeHtml(cardLabel(charge)))}
${charge.receipt_number ? row('Receipt number', escapeHtml(charge.receipt_number)) : ''}
</dl>
<h2>Summary</h2>
<dl class="summary" aria-label="Summary">
${itemRows.join('\n')}
${row('Subtotal', money(amountSubtotal))}
${discount ? row(discountLabel, `−${money(discount.amount)}`) : ''}
${row('Amount paid', money(charge.amount), 'grand')}
${charge.amount_refunded > 0 ? row('Refunded', `−${money(charge.amount_refunded)}`) : ''}
</dl>
<p>Questions about this payment? Contact ${merchant}.</p>`,
  );
}

export function renderReceiptNotFoundPage(): string {
  return htmlPage(
    'Receipt not found',
    '<h1>Receipt not found</h1><p>There is no payment for this receipt link. Check the link in your order history.</p>',
  );
}

function refundNotice(charge: Stripe.Charge, money: (amount: number) => string): string {
  if (charge.amount_refunded === 0) return '';
  if (charge.refunded) {
    return `<p class="refunded" role="status"><strong>Refunded</strong>: the full ${money(charge.amount_refunded)} went back to the card.</p>`;
  }
  return `<p class="refunded" role="status"><strong>Partially refunded</strong>: ${money(charge.amount_refunded)} of ${money(charge.amount)} went back to the card.</p>`;
}

const brandNames: Readonly<Record<string, string>> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express' };

/** "Visa •••• 4242", as Stripe's receipts name the card. */
function cardLabel(charge: Stripe.Charge): string {
  const card = charge.payment_method_details?.card;
  if (!card?.last4) return 'Card';
  return `${brandNames[card.brand ?? ''] ?? 'Card'} •••• ${card.last4}`;
}
