import type Stripe from 'stripe';
import type { CheckoutDiscount } from './checkout-discounts';
import { escapeHtml } from './html-page';
import { formatAmount } from './money';
import type { CheckoutSession } from './objects';

/** The promotion code part of the hosted checkout page: allowed by the session, applied, or refused with a message. */
export interface PromotionCodeView {
  allowed: boolean;
  applied: CheckoutDiscount | null;
  typed: string;
  error: string | null;
}

export const invalidCodeMessage = 'This code is invalid.';

/**
 * The "Add promotion code" form with its Apply button, or, once a code is applied, the subtotal, the discount and
 * the new total with a button to remove the code. Both post to the checkout page, in their own form so that Enter
 * in the code field applies the code instead of paying.
 */
export function renderPromotionCode(session: CheckoutSession, view: PromotionCodeView): string {
  const action = `/pay/${encodeURIComponent(session.id)}`;
  if (!view.allowed) {
    return view.error
      ? `<div class="errors" role="alert" tabindex="-1" autofocus id="error-summary"><h2>There is a problem</h2><p>${escapeHtml(view.error)}</p></div>`
      : '';
  }
  if (view.applied) {
    const { promotionCode, coupon, amountDiscount } = view.applied;
    const money = (amount: number): string => escapeHtml(formatAmount(amount, session.currency));
    return `<dl class="summary" aria-label="Price summary">
<div><dt>Subtotal</dt><dd>${money(session.amount_subtotal)}</dd></div>
<div><dt>${escapeHtml(promotionCode.code)} (${escapeHtml(couponTerms(coupon, session.currency))})</dt><dd>−${money(amountDiscount)}</dd></div>
<div class="grand"><dt>Total due</dt><dd>${money(session.amount_subtotal - amountDiscount)}</dd></div>
</dl>
<form class="promotion" method="post" action="${action}">
<input type="hidden" name="action" value="remove-promotion-code">
<button type="submit" class="secondary">Remove promotion code ${escapeHtml(promotionCode.code)}</button>
</form>`;
  }
  const invalid = view.error !== null;
  return `<form class="promotion" method="post" action="${action}" novalidate>
<input type="hidden" name="action" value="apply-promotion-code">
<div class="field${invalid ? ' invalid' : ''}">
<label for="promotionCode">Add promotion code</label>
${invalid ? `<p class="error" id="promotionCode-error" role="alert"><span class="visually-hidden">Error: </span>${escapeHtml(view.error ?? '')}</p>` : ''}
<div class="inline">
<input id="promotionCode" name="promotionCode" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" value="${escapeHtml(view.typed)}"${
    invalid ? ' aria-invalid="true" aria-describedby="promotionCode-error"' : ''
  }>
<button type="submit" class="secondary">Apply</button>
</div>
</div>
</form>`;
}

/** Carries an applied code into the payment form, which checks it again when paying. */
export function appliedCodeInput(view: PromotionCodeView): string {
  return view.applied ? `<input type="hidden" name="promotionCode" value="${escapeHtml(view.applied.promotionCode.code)}">` : '';
}

function couponTerms(coupon: Stripe.Coupon, currency: string): string {
  return coupon.percent_off !== null ? `${coupon.percent_off}% off` : `${formatAmount(coupon.amount_off ?? 0, currency)} off`;
}
