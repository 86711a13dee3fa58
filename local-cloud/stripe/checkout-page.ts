import { formatAmount, formatInterval } from './money';
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
): string {
  const { session } = record;
  const total = formatAmount(session.amount_total, session.currency);
  const interval = record.lineItems.find((item) => item.price.recurring)?.price.recurring;
  const totalText = interval ? `${total} ${formatInterval(interval)}` : total;
  const messages = Object.entries(errors) as Array<[keyof PaymentForm, string]>;
  const summary =
    declined !== null
      ? `<div class="errors" role="alert" tabindex="-1" autofocus id="error-summary"><h2>Payment failed</h2><p>${escape(declined)}</p><p>Try another card.</p></div>`
      : messages.length > 0
        ? `<div class="errors" role="alert" tabindex="-1" autofocus id="error-summary"><h2>There is a problem</h2><ul>${messages
            .map(([key, message]) => `<li><a href="#${key}">${escape(message)}</a></li>`)
            .join('')}</ul></div>`
        : '';
  const input = (field: Field): string => renderField(field, form[field.key], errors[field.key], field === emailField && emailLocked);
  return page(
    `Pay ${totalText} – ${productTitle(record)}`,
    `<p class="badge">Test mode · local Stripe stand-in</p>
<h1>${escape(productTitle(record))}</h1>
<p class="total"><span class="visually-hidden">Total due: </span>${escape(totalText)}</p>
${lineItemList(record)}
${summary}
<form method="post" action="/pay/${encodeURIComponent(session.id)}" novalidate>
${input(emailField)}
<fieldset><legend>Card information</legend>
${cardFields.map(input).join('\n')}
</fieldset>
${input(nameField)}
<button type="submit">Pay ${escape(totalText)}</button>
</form>
${session.cancel_url ? `<p><a href="${escape(session.cancel_url)}">Cancel and return to the shop</a></p>` : ''}
<aside aria-labelledby="test-cards"><h2 id="test-cards">Test cards</h2>
<p>4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined. Use any future expiry date and any CVC.</p></aside>`,
  );
}

/** Shown instead of the form once a session is paid or expired. */
export function renderClosedPage(record: CheckoutSessionRecord): string {
  const { session } = record;
  const paid = session.status === 'complete';
  const target = paid ? session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', session.id) : session.cancel_url;
  return page(
    paid ? 'Payment complete' : 'Checkout session expired',
    `<h1>${paid ? 'This order is already paid' : 'This checkout session has expired'}</h1>
<p>${
      paid
        ? `${escape(productTitle(record))}: ${escape(formatAmount(session.amount_total, session.currency))} was paid. You will not be charged again.`
        : 'Nothing was charged. Return to the shop to start again.'
    }</p>
${target ? `<p><a href="${escape(target)}">Return to the shop</a></p>` : ''}`,
  );
}

export function renderNotFoundPage(): string {
  return page(
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
${error ? `<p class="error" id="${errorId}"><span class="visually-hidden">Error: </span>${escape(error)}</p>` : ''}
<input id="${field.key}" name="${field.key}" type="${field.type ?? 'text'}" autocomplete="${field.autocomplete}"${
    field.inputmode ? ` inputmode="${field.inputmode}"` : ''
  } value="${escape(value)}" required${readOnly ? ' readonly' : ''}${error ? ' aria-invalid="true"' : ''}${
    describedBy ? ` aria-describedby="${describedBy}"` : ''
  }>
</div>`;
}

function lineItemList(record: CheckoutSessionRecord): string {
  if (record.lineItems.length < 2 && (record.lineItems[0]?.quantity ?? 1) === 1) return '';
  const rows = record.lineItems.map(
    (item) => `<li>${escape(item.description)} × ${item.quantity}: ${escape(formatAmount(item.amount_total, item.currency))}</li>`,
  );
  return `<ul class="items" aria-label="Order summary">${rows.join('')}</ul>`;
}

function productTitle(record: CheckoutSessionRecord): string {
  const [first, ...rest] = record.lineItems;
  const name = first?.description ?? 'Order';
  return rest.length > 0 ? `${name} and ${rest.length} more` : name;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #f6f8fa; margin: 0; }
main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
h1 { font-size: 1.4rem; margin: .25rem 0; } h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
.badge { display: inline-block; background: #ffe8a3; color: #5c4300; padding: 0 .5rem; border-radius: 4px; font-size: .85rem; margin: 0; }
.total { font-size: 1.6rem; font-weight: 600; margin: 0 0 1rem; }
fieldset { border: 1px solid #8a8f98; border-radius: 6px; margin: 0 0 1rem; padding: .5rem 1rem; }
legend { font-weight: 600; padding: 0 .25rem; }
.field { margin-bottom: 1rem; } label { display: block; font-weight: 600; }
.hint { margin: 0; color: #4a4f57; font-size: .9rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; border: 1px solid #6b7280; border-radius: 4px; }
input[readonly] { background: #eef0f3; }
.invalid input { border: 2px solid #b3261e; }
.error { color: #b3261e; margin: 0; font-weight: 600; }
.errors { border: 3px solid #b3261e; border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
.errors a { color: #b3261e; }
button { width: 100%; font: inherit; font-weight: 600; padding: .75rem; border: 0; border-radius: 6px; background: #4f46e5; color: #fff; cursor: pointer; }
a { color: #3730a3; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
aside { margin-top: 1.5rem; font-size: .9rem; color: #4a4f57; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
