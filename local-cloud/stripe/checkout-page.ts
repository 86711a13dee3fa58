import { escapeHtml, htmlPage } from './html-page';
import { formatAmount, formatInterval } from './money';
import { appliedCodeInput, renderPromotionCode, type PromotionCodeView } from './promotion-code-field';
import type { CheckoutSessionRecord } from './objects';

export interface PaymentForm {
  email: string;
  name: string;
  cardNumber: string;
  expiry: string;
  cvc: string;
}

export type FieldErrors = Partial<Record<keyof PaymentForm, string>>;

interface Field {
  key: keyof PaymentForm;
  label: string;
  hint?: string;
  autocomplete: string;
  type?: string;
  inputmode?: string;
}

const cardFields: Field[] = [
  { key: 'cardNumber', label: 'Card number', autocomplete: 'cc-number', inputmode: 'numeric' },
  { key: 'expiry', label: 'Expiry date', hint: 'MM / YY, for example 12 / 34', autocomplete: 'cc-exp', inputmode: 'numeric' },
  { key: 'cvc', label: 'Security code (CVC)', hint: '3 or 4 digits', autocomplete: 'cc-csc', inputmode: 'numeric' },
];
const nameField: Field = { key: 'name', label: 'Name on card', autocomplete: 'cc-name' };
const emailField: Field = { key: 'email', label: 'Email', type: 'email', autocomplete: 'email' };

/** The hosted payment form; `errors` and `declined` render an error summary that takes focus. */
export function renderPaymentPage(
  record: CheckoutSessionRecord,
  form: PaymentForm,
  errors: FieldErrors,
  declined: string | null,
  emailLocked: boolean,
  promotion: PromotionCodeView,
): string {
  const { session } = record;
  const total = formatAmount(session.amount_total - (promotion.applied?.amountDiscount ?? 0), session.currency);
  const interval = record.lineItems.find((item) => item.price.recurring)?.price.recurring;
  const discountOnce = promotion.applied?.coupon.duration === 'once';
  const totalText = !interval
    ? total
    : discountOnce
      ? `${total} today, then ${formatAmount(session.amount_total, session.currency)} ${formatInterval(interval)}`
      : `${total} ${formatInterval(interval)}`;
  const messages = Object.entries(errors) as Array<[keyof PaymentForm, string]>;
  const summary =
    declined !== null
      ? `<div class="errors" role="alert" tabindex="-1" autofocus id="error-summary"><h2>Payment failed</h2><p>${escapeHtml(declined)}</p><p>Try another card.</p></div>`
      : messages.length > 0
        ? `<div class="errors" role="alert" tabindex="-1" autofocus id="error-summary"><h2>There is a problem</h2><ul>${messages
            .map(([key, message]) => `<li><a href="#${key}">${escapeHtml(message)}</a></li>`)
            .join('')}</ul></div>`
        : '';
  const input = (field: Field): string => renderField(field, form[field.key], errors[field.key], field === emailField && emailLocked);
  return htmlPage(
    `Pay ${totalText} – ${productTitle(record)}`,
    `<p class="badge">Test mode · local Stripe stand-in</p>
<h1>${escapeHtml(productTitle(record))}</h1>
<p class="total"><span class="visually-hidden">Total due: </span>${escapeHtml(totalText)}</p>
${lineItemList(record)}
${renderPromotionCode(session, promotion)}
${summary}
<form method="post" action="/pay/${encodeURIComponent(session.id)}" novalidate>
${appliedCodeInput(promotion)}
${input(emailField)}
<fieldset><legend>Card information</legend>
${cardFields.map(input).join('\n')}
</fieldset>
${input(nameField)}
<button type="submit">Pay ${escapeHtml(totalText)}</button>
</form>
${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and return to the shop</a></p>` : ''}
<aside aria-labelledby="test-cards"><h2 id="test-cards">Test cards</h2>
<p>4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined. Use any future expiry date and any CVC.</p></aside>`,
  );
}

/** Shown instead of the form once a session is paid or expired. */
export function renderClosedPage(record: CheckoutSessionRecord): string {
  const { session } = record;
  const paid = session.status === 'complete';
  const target = paid ? session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', session.id) : session.cancel_url;
  return htmlPage(
    paid ? 'Payment complete' : 'Checkout session expired',
    `<h1>${paid ? 'This order is already paid' : 'This checkout session has expired'}</h1>
<p>${
      paid
        ? `${escapeHtml(productTitle(record))}: ${escapeHtml(formatAmount(session.amount_total, session.currency))} was paid. You will not be charged again.`
        : 'Nothing was charged. Return to the shop to start again.'
    }</p>
${target ? `<p><a href="${escapeHtml(target)}">Return to the shop</a></p>` : ''}`,
  );
}

export function renderNotFoundPage(): string {
  return htmlPage(
    'Checkout session not found',
    '<h1>Checkout session not found</h1><p>This payment link is not valid. Return to the shop and start the checkout again.</p>',
  );
}

function renderField(field: Field, value: string, error: string | undefined, readOnly: boolean): string {
  const hintId = `${field.key}-hint`;
  const errorId = `${field.key}-error`;
  const describedBy = [field.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return `<div class="field${error ? ' invalid' : ''}">
<label for="${field.key}">${field.label}</label>
${field.hint ? `<p class="hint" id="${hintId}">${field.hint}</p>` : ''}
${error ? `<p class="error" id="${errorId}"><span class="visually-hidden">Error: </span>${escapeHtml(error)}</p>` : ''}
<input id="${field.key}" name="${field.key}" type="${field.type ?? 'text'}" autocomplete="${field.autocomplete}"${
    field.inputmode ? ` inputmode="${field.inputmode}"` : ''
  } value="${escapeHtml(value)}" required${readOnly ? ' readonly' : ''}${error ? ' aria-invalid="true"' : ''}${
    describedBy ? ` aria-describedby="${describedBy}"` : ''
  }>
</div>`;
}

function lineItemList(record: CheckoutSessionRecord): string {
  if (record.lineItems.length < 2 && (record.lineItems[0]?.quantity ?? 1) === 1) return '';
  const rows = record.lineItems.map(
    (item) => `<li>${escapeHtml(item.description)} × ${item.quantity}: ${escapeHtml(formatAmount(item.amount_total, item.currency))}</li>`,
  );
  return `<ul class="items" aria-label="Order summary">${rows.join('')}</ul>`;
}

function productTitle(record: CheckoutSessionRecord): string {
  const [first, ...rest] = record.lineItems;
  const name = first?.description ?? 'Order';
  return rest.length > 0 ? `${name} and ${rest.length} more` : name;
}
