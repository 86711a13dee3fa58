import { accountName } from './account';
import type { Invoice } from './billing-objects';
import { formatDate } from './display-dates';
import { escapeHtml, htmlPage } from './html-page';
import { statusLabel } from './invoice-page';
import { formatAmount, formatInterval } from './money';
import type { Subscription } from './objects';
import { currentPeriod } from './subscriptions';

export interface PortalView {
  sessionId: string;
  customerEmail: string | null;
  returnUrl: string | null;
  /** The customer's subscriptions that have not ended, newest first. */
  subscriptions: Subscription[];
  productNames: Readonly<Record<string, string>>;
  /** Newest first. */
  invoices: Invoice[];
}

export type PortalNotice = { kind: 'status' | 'alert'; text: string };

/** The customer portal: each live subscription with what happens at its period end, and the invoice history. */
export function renderPortalPage(view: PortalView, notice: PortalNotice | null): string {
  const subscriptions =
    view.subscriptions.length > 0
      ? view.subscriptions.map((subscription) => subscriptionSection(view, subscription)).join('\n')
      : '<p>You have no active subscription.</p>';
  const invoices =
    view.invoices.length > 0
      ? `<ul>${view.invoices.map(invoiceItem).join('')}</ul>`
      : '<p>No invoices yet.</p>';
  return htmlPage(
    `Manage your subscription – ${accountName}`,
    `${header(view)}
<h1>Manage your subscription</h1>
${notice ? `<div role="${notice.kind}" tabindex="-1" autofocus class="${notice.kind === 'alert' ? 'errors' : 'notice'}"><p>${escapeHtml(notice.text)}</p></div>` : ''}
<h2>Current subscription</h2>
${subscriptions}
<h2>Invoice history</h2>
${invoices}
${returnLink(view.returnUrl)}`,
  );
}

/** The step between "Cancel subscription" and the cancellation itself. */
export function renderCancelConfirmation(view: PortalView, subscription: Subscription): string {
  const end = formatDate(currentPeriod(subscription).end);
  return htmlPage(
    `Cancel your subscription? – ${accountName}`,
    `${header(view)}
<h1>Cancel your subscription?</h1>
<p>Your ${escapeHtml(planName(view, subscription))} subscription will be canceled at the end of the current period, on ${end}.
You keep access until then and will not be charged again.</p>
<form method="post" action="${portalPath(view.sessionId)}">
<input type="hidden" name="subscription" value="${escapeHtml(subscription.id)}">
<button type="submit" name="action" value="cancel">Confirm cancellation</button>
</form>
<p><a href="${portalPath(view.sessionId)}">Keep my subscription</a></p>`,
  );
}

export function renderPortalUnavailablePage(reason: 'unknown' | 'expired', returnUrl: string | null): string {
  const text =
    reason === 'expired'
      ? `This billing portal session has expired. Return to ${accountName} and open the billing portal again.`
      : `This billing portal link is not valid. Return to ${accountName} and open the billing portal again.`;
  return htmlPage(
    'Billing portal session unavailable',
    `<h1>${reason === 'expired' ? 'Session expired' : 'Session not found'}</h1>
<p>${text}</p>
${returnLink(returnUrl)}`,
  );
}

export function portalPath(sessionId: string): string {
  return `/p/session/${encodeURIComponent(sessionId)}`;
}

export function planName(view: Pick<PortalView, 'productNames'>, subscription: Subscription): string {
  const product = subscription.items.data[0]?.price.product ?? '';
  return view.productNames[product] ?? 'Subscription';
}

function subscriptionSection(view: PortalView, subscription: Subscription): string {
  const headingId = `plan-${subscription.id}`;
  const price = subscription.items.data[0]?.price;
  const priceText = price?.recurring ? `${formatAmount(price.unit_amount, price.currency)} ${formatInterval(price.recurring)}` : '';
  const end = formatDate(currentPeriod(subscription).end);
  const action = subscription.cancel_at_period_end
    ? { value: 'renew', label: 'Renew subscription' }
    : { value: 'review-cancel', label: 'Cancel subscription' };
  return `<section aria-labelledby="${headingId}">
<h3 id="${headingId}">${escapeHtml(planName(view, subscription))}</h3>
<p>${escapeHtml(priceText)}</p>
<p>Status: ${statusLabel(subscription.status)}</p>
<p>${subscription.cancel_at_period_end ? `Cancels on ${end}` : `Renews on ${end}`}</p>
<form method="post" action="${portalPath(view.sessionId)}">
<input type="hidden" name="subscription" value="${escapeHtml(subscription.id)}">
<button type="submit" name="action" value="${action.value}">${action.label}</button>
</form>
</section>`;
}

function invoiceItem(invoice: Invoice): string {
  const link = invoice.hosted_invoice_url
    ? `<a href="${escapeHtml(invoice.hosted_invoice_url)}">Invoice ${escapeHtml(invoice.number ?? invoice.id)}</a>`
    : `Invoice ${escapeHtml(invoice.number ?? invoice.id)}`;
  const amount = formatAmount(invoice.amount_paid, invoice.currency);
  return `<li>${link}: ${formatDate(invoice.created)}, ${escapeHtml(amount)}, ${statusLabel(invoice.status)}</li>`;
}

function header(view: PortalView): string {
  return `<p class="badge">Test mode · local Stripe stand-in</p>
<p>${escapeHtml(accountName)}${view.customerEmail ? ` · ${escapeHtml(view.customerEmail)}` : ''}</p>`;
}

function returnLink(returnUrl: string | null): string {
  return returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Return to ${escapeHtml(accountName)}</a></p>` : '';
}
