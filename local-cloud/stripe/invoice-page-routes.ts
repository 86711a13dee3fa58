import type { ServerResponse } from 'node:http';
import { sendHtml } from './http-io';
import { renderInvoiceNotFoundPage, renderInvoicePage } from './invoice-page';
import type { StripeContext } from './stripe-context';

/** The hosted invoice page at /i/<invoice id>; anyone with the link may see it, as at Stripe. */
export function serveInvoicePage(context: StripeContext, invoiceId: string, response: ServerResponse): void {
  const record = context.store.state.invoices[invoiceId];
  if (!record) {
    sendHtml(response, 404, renderInvoiceNotFoundPage());
    return;
  }
  sendHtml(response, 200, renderInvoicePage(record));
}
