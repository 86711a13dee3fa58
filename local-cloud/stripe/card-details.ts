import type Stripe from 'stripe';

/** The card a payer used, as far as a charge records it (never the full number). */
export interface PaymentCard {
  brand: 'visa' | 'mastercard' | 'amex' | 'unknown';
  last4: string;
  expMonth: number;
  expYear: number;
}

export function paymentCard(digits: string, expiry: { month: number; year: number }): PaymentCard {
  return { brand: brandOf(digits), last4: digits.slice(-4), expMonth: expiry.month, expYear: expiry.year };
}

/** A charge's `payment_method_details` for a card payment, typed as the SDK declares it. */
export function cardPaymentDetails(card: PaymentCard, amount: number): Stripe.Charge.PaymentMethodDetails {
  return {
    type: 'card',
    card: {
      amount_authorized: amount,
      authorization_code: null,
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: 'US',
      electronic_commerce_indicator: null,
      exp_month: card.expMonth,
      exp_year: card.expYear,
      funding: 'credit',
      installments: null,
      last4: card.last4,
      mandate: null,
      network: card.brand,
      network_transaction_id: null,
      regulated_status: null,
      three_d_secure: null,
      transaction_link_id: null,
      wallet: null,
    },
  };
}

function brandOf(digits: string): PaymentCard['brand'] {
  if (digits.startsWith('4')) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  return 'unknown';
}
