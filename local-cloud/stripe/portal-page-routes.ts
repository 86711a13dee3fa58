import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PortalSessionRecord } from './billing-objects';
import { visitPortalSession } from './billing-portal-sessions';
import { formatDate } from './display-dates';
import { readBody, redirect, sendHtml } from './http-io';
import type { Subscription } from './objects';
import {
  planName,
  portalPath,
  renderCancelConfirmation,
  renderPortalPage,
  renderPortalUnavailablePage,
  type PortalNotice,
  type PortalView,
} from './portal-page';
import type { StripeContext } from './stripe-context';
import { changeSubscription, setCancelAtPeriodEnd } from './subscription-update';
import { currentPeriod } from './subscriptions';

const portalRequest = { id: null, idempotency_key: null };

/**
 * The customer portal at /p/session/<id>. A POST names an `action` and a `subscription` of the session's customer:
 * `review-cancel` answers the confirmation step, `cancel` and `renew` change the subscription and answer 303 back to
 * the page, which then says what changed. Unknown sessions answer 404, expired ones 410.
 */
export async function servePortalPage(
  context: StripeContext,
  sessionId: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = request.method === 'POST' ? await readBody(request) : '';
  const visit = visitPortalSession(context, sessionId);
  if (visit.kind !== 'open') {
    const returnUrl = visit.kind === 'expired' ? visit.record.session.return_url : null;
    sendHtml(response, visit.kind === 'expired' ? 410 : 404, renderPortalUnavailablePage(visit.kind, returnUrl));
    return;
  }
  const view = portalView(context, visit.record);
  if (request.method !== 'POST') {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    sendHtml(response, 200, renderPortalPage(view, updatedNotice(view, query.get('updated'), query.get('subscription'))));
    return;
  }

  const form = new URLSearchParams(body);
  const subscription = view.subscriptions.find((candidate) => candidate.id === form.get('subscription'));
  const action = form.get('action');
  if (!subscription || (action !== 'review-cancel' && action !== 'cancel' && action !== 'renew')) {
    sendHtml(response, 400, renderPortalPage(view, { kind: 'alert', text: 'That change is not possible. Nothing was changed.' }));
    return;
  }
  if (action === 'review-cancel') {
    sendHtml(response, 200, renderCancelConfirmation(view, subscription));
    return;
  }
  const cancel = action === 'cancel';
  changeSubscription(context, subscription, portalRequest, (changing) => setCancelAtPeriodEnd(changing, cancel));
  context.log(`billing portal ${sessionId}: ${subscription.id} ${cancel ? 'cancels' : 'renews'} at period end`);
  redirect(response, `${portalPath(sessionId)}?updated=${cancel ? 'canceled' : 'renewed'}&subscription=${encodeURIComponent(subscription.id)}`);
}

function portalView(context: StripeContext, record: PortalSessionRecord): PortalView {
  const { state } = context.store;
  const { customer } = record.session;
  return {
    sessionId: record.session.id,
    customerEmail: state.customers[customer]?.email ?? null,
    returnUrl: record.session.return_url,
    subscriptions: Object.values(state.subscriptions)
      .filter((subscription) => subscription.customer === customer && subscription.status !== 'canceled')
      .reverse(),
    productNames: state.productNames,
    invoices: Object.values(state.invoices)
      .map((invoiceRecord) => invoiceRecord.invoice)
      .filter((invoice) => invoice.customer === customer)
      .reverse(),
  };
}

/** What the page says after a change it redirected from (`?updated=…&subscription=…`). */
function updatedNotice(view: PortalView, updated: string | null, subscriptionId: string | null): PortalNotice | null {
  const subscription = view.subscriptions.find((candidate) => candidate.id === subscriptionId);
  if ((updated !== 'canceled' && updated !== 'renewed') || !subscription) return null;
  return { kind: 'status', text: noticeText(view, subscription, updated) };
}

function noticeText(view: PortalView, subscription: Subscription, updated: 'canceled' | 'renewed'): string {
  const name = planName(view, subscription);
  const end = formatDate(currentPeriod(subscription).end);
  return updated === 'canceled'
    ? `Your ${name} subscription has been canceled. You keep access until ${end}.`
    : `Your ${name} subscription has been renewed. It renews on ${end}.`;
}
