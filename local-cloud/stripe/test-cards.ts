export type CardResult =
  /** `dispute`: the payment succeeds, then the cardholder disputes it (Stripe's 4000 0000 0000 0259). */
  | { approved: true; dispute?: 'fraudulent' }
  | { approved: false; code: string; declineCode: string | null; message: string };

const approved = new Set(['4242424242424242', '4000056655665556', '5555555555554444', '378282246310005']);
const declines: Record<string, CardResult> = {
  '4000000000000002': { approved: false, code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  '4000000000009995': {
    approved: false,
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
};

/** What Stripe test mode does with a (Luhn-valid) card number: a few test cards pay, a few decline, others are refused. */
export function chargeTestCard(digits: string): CardResult {
  if (approved.has(digits)) return { approved: true };
  if (digits === '4000000000000259') return { approved: true, dispute: 'fraudulent' };
  return (
    declines[digits] ?? {
      approved: false,
      code: 'card_declined',
      declineCode: 'test_mode_live_card',
      message: 'Your card was declined. Your request was in test mode, but used a non test card.',
    }
  );
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
