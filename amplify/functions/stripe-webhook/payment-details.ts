import type Stripe from 'stripe';
import { logger } from '../shared/logger';
import { stripeClient } from '../shared/stripe-client';

/** What a paid Checkout Session tells us about the payment, for the buyer's order history. */
export interface PaymentDetails {
  amountCents: number;
  discountCents: number;
  promotionCode?: string;
  receiptUrl?: string;
}

/**
 * The charged amount and discount come with the session; the promotion code's text and the receipt
 * (the charge's receipt page, or the first invoice of a subscription) are fetched from Stripe. Those
 * two are for display only: a failed lookup leaves them out rather than holding back the access
 * that was paid for.
 */
export async function paymentDetails(session: Stripe.Checkout.Session): Promise<PaymentDetails> {
  const [promotionCode, receiptUrl] = await Promise.all([
    lookUp('promotion code', () => promotionCodeOf(session)),
    lookUp('receipt', () => receiptUrlOf(session)),
  ]);
  return {
    amountCents: session.amount_total ?? 0,
    discountCents: session.total_details?.amount_discount ?? 0,
    ...(promotionCode ? { promotionCode } : {}),
    ...(receiptUrl ? { receiptUrl } : {}),
  };
}

async function promotionCodeOf(session: Stripe.Checkout.Session): Promise<string | undefined> {
  const reference = session.discounts?.find((discount) => discount.promotion_code)?.promotion_code;
  if (!reference) return undefined;
  if (typeof reference !== 'string') return reference.code;
  return (await stripeClient().promotionCodes.retrieve(reference)).code;
}

async function receiptUrlOf(session: Stripe.Checkout.Session): Promise<string | undefined> {
  if (session.invoice) {
    const invoiceId = typeof session.invoice === 'string' ? session.invoice : session.invoice.id;
    if (!invoiceId) return undefined;
    return (await stripeClient().invoices.retrieve(invoiceId)).hosted_invoice_url ?? undefined;
  }
  const paymentIntent = session.payment_intent;
  if (!paymentIntent) return undefined;
  const id = typeof paymentIntent === 'string' ? paymentIntent : paymentIntent.id;
  const { latest_charge: charge } = await stripeClient().paymentIntents.retrieve(id, { expand: ['latest_charge'] });
  return charge && typeof charge !== 'string' ? (charge.receipt_url ?? undefined) : undefined;
}

async function lookUp(what: string, fetch: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await fetch();
  } catch (error) {
    logger.warn(`Could not read the ${what} from Stripe; the order is recorded without it`, {
      reason: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}
