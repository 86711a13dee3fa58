import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderClosedPage, renderNotFoundPage, renderPaymentPage, type PaymentForm } from './checkout-page';
import { settleCheckoutSession } from './checkout-payment';
import { findCheckoutSession } from './checkout-sessions';
import { StripeApiError } from './errors';
import { readBody, redirect, sendHtml } from './http-io';
import type { CheckoutSessionRecord } from './objects';
import { readPaymentForm, validatePaymentForm } from './payment-form';
import type { StripeContext } from './stripe-context';
import { chargeTestCard } from './test-cards';

/**
 * The hosted checkout page at /pay/<session id>. A POST that fails validation answers 400 and a declined card 402,
 * both re-rendering the form; a payment answers 303 to the success_url.
 */
export async function serveCheckoutPage(
  context: StripeContext,
  sessionId: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = request.method === 'POST' ? await readBody(request) : '';
  let record: CheckoutSessionRecord;
  try {
    record = findCheckoutSession(context, sessionId);
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    sendHtml(response, 404, renderNotFoundPage());
    return;
  }
  if (record.session.status !== 'open') {
    sendHtml(response, 200, renderClosedPage(record));
    return;
  }
  const lockedEmail = presetEmail(context, record);
  if (request.method !== 'POST') {
    const empty: PaymentForm = { email: lockedEmail ?? '', name: '', cardNumber: '', expiry: '', cvc: '' };
    sendHtml(response, 200, renderPaymentPage(record, empty, {}, null, lockedEmail !== null));
    return;
  }

  const submitted = readPaymentForm(body);
  const form = lockedEmail === null ? submitted : { ...submitted, email: lockedEmail };
  const { errors, digits } = validatePaymentForm(form);
  if (digits === null) {
    sendHtml(response, 400, renderPaymentPage(record, form, errors, null, lockedEmail !== null));
    return;
  }
  const card = chargeTestCard(digits);
  settleCheckoutSession(context, record, { email: form.email, name: form.name, cardLast4: digits.slice(-4) }, card);
  if (!card.approved) {
    context.log(`checkout ${record.session.id}: card declined (${card.declineCode ?? card.code})`);
    sendHtml(response, 402, renderPaymentPage(record, form, {}, card.message, lockedEmail !== null));
    return;
  }
  context.log(`checkout ${record.session.id}: paid ${record.session.amount_total} ${record.session.currency}`);
  const successUrl = record.session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', record.session.id);
  if (successUrl) redirect(response, successUrl);
  else sendHtml(response, 200, renderClosedPage(record));
}

function presetEmail(context: StripeContext, record: CheckoutSessionRecord): string | null {
  const { session } = record;
  if (session.customer_email) return session.customer_email;
  return session.customer ? (context.store.state.customers[session.customer]?.email ?? null) : null;
}
