import type { FieldErrors, PaymentForm } from './checkout-page';
import { passesLuhn } from './test-cards';

export function readPaymentForm(body: string): PaymentForm {
  const fields = new URLSearchParams(body);
  const read = (key: keyof PaymentForm): string => (fields.get(key) ?? '').trim();
  return { email: read('email'), name: read('name'), cardNumber: read('cardNumber'), expiry: read('expiry'), cvc: read('cvc') };
}

/** Checks the form the way Stripe's card element does; returns the card digits only when everything is valid. */
export function validatePaymentForm(form: PaymentForm, now = new Date()): { errors: FieldErrors; digits: string | null } {
  const errors: FieldErrors = {};
  if (form.email === '') errors.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email)) errors.email = 'Enter an email address like name@example.com.';

  const digits = form.cardNumber.replace(/[\s-]/g, '');
  if (digits === '') errors.cardNumber = 'Enter your card number.';
  else if (!/^\d{12,19}$/.test(digits)) errors.cardNumber = 'Your card number is incomplete.';
  else if (!passesLuhn(digits)) errors.cardNumber = 'Your card number is invalid.';

  const expiryError = checkExpiry(form.expiry, now);
  if (expiryError) errors.expiry = expiryError;

  if (form.cvc === '') errors.cvc = "Enter your card's security code.";
  else if (!/^\d{3,4}$/.test(form.cvc)) errors.cvc = "Your card's security code is incomplete.";

  if (form.name === '') errors.name = 'Enter the name on the card.';
  return { errors, digits: Object.keys(errors).length === 0 ? digits : null };
}

function checkExpiry(expiry: string, now: Date): string | null {
  if (expiry === '') return "Enter your card's expiry date.";
  const parsed = parseExpiry(expiry);
  if (!parsed) return "Your card's expiry date is incomplete. Use MM / YY.";
  const { month, year } = parsed;
  if (month < 1 || month > 12) return "Your card's expiry month is invalid.";
  const currentMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (year * 12 + (month - 1) < currentMonth) return "Your card's expiry date is in the past.";
  return null;
}

/** "12 / 34", "12/2034" or "1234" → month 12, year 2034; null when it is not a date at all. */
export function parseExpiry(expiry: string): { month: number; year: number } | null {
  const match = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/.exec(expiry.replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const yearText = match[2] as string;
  return { month: Number(match[1]), year: yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText) };
}
