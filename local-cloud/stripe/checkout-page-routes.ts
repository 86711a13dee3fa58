import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderClosedPage, renderNotFoundPage, renderPaymentPage, type PaymentForm } from './checkout-page';
import { paymentCard } from './card-details';
import { checkoutDiscount } from './checkout-discounts';
import { settleCheckoutSession } from './checkout-payment';
import { findCheckoutSession } from './checkout-sessions';
import { StripeApiError } from './errors';
import { readBody, redirect, sendHtml } from './http-io';
import type { CheckoutSessionRecord } from './objects';
import { parseExpiry, readPaymentForm, validatePaymentForm } from './payment-form';
import { invalidCodeMessage, type PromotionCodeView } from './promotion-code-field';
import type { StripeContext } from './stripe-context';
import { chargeTestCard } from './test-cards';

/**
 * The hosted checkout page at /pay/<session id>. A POST that fails validation answers 400 and a declined card 402,
 * both re-rendering the form; a payment answers 303 to the success_url. When the session allows promotion codes,
 * the page's own small form applies one (200, or 400 "This code is invalid.") or removes it; the payment form
 * carries the applied code, checked again when paying.
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
  const allowed = record.session.allow_promotion_codes === true;
  const noCode: PromotionCodeView = { allowed, applied: null, typed: '', error: null };
  const empty: PaymentForm = { email: lockedEmail ?? '', name: '', cardNumber: '', expiry: '', cvc: '' };
  const fields = new URLSearchParams(body);
  const action = fields.get('action');
  if (request.method !== 'POST' || action === 'remove-promotion-code') {
    sendHtml(response, 200, renderPaymentPage(record, empty, {}, null, lockedEmail !== null, noCode));
    return;
  }

  const typedCode = (fields.get('promotionCode') ?? '').trim();
  const applied = typedCode === '' ? null : checkoutDiscount(context, record, typedCode);
  const promotion: PromotionCodeView = { allowed, applied, typed: typedCode, error: typedCode !== '' && !applied ? refusal(allowed) : null };
  if (action === 'apply-promotion-code') {
    const status = applied ? 200 : 400;
    const shown = typedCode === '' ? { ...promotion, error: 'Enter a promotion code.' } : promotion;
    sendHtml(response, status, renderPaymentPage(record, empty, {}, null, lockedEmail !== null, shown));
    return;
  }

  const submitted = readPaymentForm(body);
  const form = lockedEmail === null ? submitted : { ...submitted, email: lockedEmail };
  const { errors, digits } = validatePaymentForm(form);
  const expiry = parseExpiry(form.expiry);
  if (digits === null || expiry === null || promotion.error !== null) {
    sendHtml(response, 400, renderPaymentPage(record, form, errors, null, lockedEmail !== null, promotion));
    return;
  }
  const card = chargeTestCard(digits);
  settleCheckoutSession(context, record, { email: form.email, name: form.name, card: paymentCard(digits, expiry) }, card, applied);
  if (!card.approved) {
    context.log(`checkout ${record.session.id}: card declined (${card.declineCode ?? card.code})`);
    sendHtml(response, 402, renderPaymentPage(record, form, {}, card.message, lockedEmail !== null, promotion));
    return;
  }
  context.log(`checkout ${record.session.id}: paid ${record.session.amount_total} ${record.session.currency}`);
  const successUrl = record.session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', record.session.id);
  if (successUrl) redirect(response, successUrl);
  else sendHtml(response, 200, renderClosedPage(record));
}

/** Checkout never says why a code fails; a session that takes no codes has no field to type one into. */
function refusal(allowed: boolean): string {
  return allowed ? invalidCodeMessage : 'This checkout does not accept promotion codes.';
}

function presetEmail(context: StripeContext, record: CheckoutSessionRecord): string | null {
  const { session } = record;
  if (session.customer_email) return session.customer_email;
  return session.customer ? (context.store.state.customers[session.customer]?.email ?? null) : null;
}
