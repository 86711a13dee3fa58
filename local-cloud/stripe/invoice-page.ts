import type { InvoiceRecord } from './billing-objects';
import { formatDate } from './display-dates';
import { escapeHtml, htmlPage } from './html-page';
import { formatAmount } from './money';

/** The hosted invoice page (`hosted_invoice_url`): what was paid, for which period, with which card. */
export function renderInvoicePage({ invoice, cardLast4 }: InvoiceRecord): string {
  const number = invoice.number ?? invoice.id;
  const paid = formatAmount(invoice.amount_paid, invoice.currency);
  const merchant = invoice.account_name ?? 'Merchant';
  const [firstLine] = invoice.lines.data;
  const period = firstLine ? `${formatDate(firstLine.period.start)} – ${formatDate(firstLine.period.end)}` : null;
  const row = (term: string, value: string): string => `<div><dt>${term}</dt><dd>${escapeHtml(value)}</dd></div>`;
  const lines = invoice.lines.data.map(
    (line) => `<li>${escapeHtml(line.description ?? '')}: ${escapeHtml(formatAmount(line.amount, line.currency))}</li>`,
  );
  return htmlPage(
    `Invoice ${number} – ${merchant}`,
    `<p class="badge">Test mode · local Stripe stand-in</p>
<p>${escapeHtml(merchant)}</p>
<h1>Invoice ${escapeHtml(number)}</h1>
<p class="total"><span class="visually-hidden">Amount paid: </span>${escapeHtml(paid)}</p>
<dl class="summary">
${row('Invoice number', number)}
${row('Date', formatDate(invoice.created))}
${period ? row('Period', period) : ''}
${row('Status', statusLabel(invoice.status))}
${invoice.customer_email ? row('Billed to', invoice.customer_email) : ''}
${row('Amount paid', paid)}
</dl>
<h2>Items</h2>
<ul>${lines.join('')}</ul>
${invoice.status === 'paid' ? paidWith(cardLast4) : ''}`,
  );
}

/** Reads "Paid with card ending in 4242" to a screen reader, shows "Paid with card •••• 4242". */
function paidWith(cardLast4: string): string {
  return `<p>Paid with card <span aria-hidden="true">••••</span><span class="visually-hidden">ending in</span> ${escapeHtml(cardLast4)}</p>`;
}

export function renderInvoiceNotFoundPage(): string {
  return htmlPage('Invoice not found', '<h1>Invoice not found</h1><p>This invoice link is not valid.</p>');
}

export function statusLabel(status: string | null): string {
  if (status === null) return 'Unknown';
  return status.charAt(0).toUpperCase() + status.slice(1);
}
