import type Stripe from 'stripe';
import { MEMBERSHIP_CURRENCY, MEMBERSHIP_INTERVAL } from '../shared/membership-plan';

export interface PricedCourse {
  readonly id: string;
  readonly title: string;
  readonly priceCents: number;
  readonly currency: string;
}

export interface Buyer {
  readonly userId: string;
  readonly email?: string;
  /** The Stripe customer of an earlier membership, reused so the portal and invoices stay in one place. */
  readonly stripeCustomerId?: string;
}

export const MEMBERSHIP_NAME = 'Play-Along membership';

/** Stripe accepts either an existing customer or an email for a new one, never both. */
function customerOf(buyer: Buyer): Pick<Stripe.Checkout.SessionCreateParams, 'customer' | 'customer_email'> {
  return buyer.stripeCustomerId ? { customer: buyer.stripeCustomerId } : { customer_email: buyer.email };
}

/** One-off course purchase, priced from the stored Course record. */
export function courseCheckoutParams(course: PricedCourse, buyer: Buyer, appOrigin: string): Stripe.Checkout.SessionCreateParams {
  const metadata = { userId: buyer.userId, courseId: course.id, product: 'COURSE' };
  const returnTo = `${appOrigin}/courses/${encodeURIComponent(course.id)}`;
  return {
    mode: 'payment',
    client_reference_id: buyer.userId,
    ...customerOf(buyer),
    allow_promotion_codes: true,
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: course.currency.toLowerCase(),
          unit_amount: course.priceCents,
          product_data: { name: course.title },
        },
      },
    ],
    metadata,
    payment_intent_data: { metadata },
    success_url: `${returnTo}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${returnTo}?checkout=cancelled`,
  };
}

/** Monthly membership; the subscription carries the user id so its own events can be attributed. */
export function membershipCheckoutParams(priceCents: number, buyer: Buyer, appOrigin: string): Stripe.Checkout.SessionCreateParams {
  const metadata = { userId: buyer.userId, product: 'MEMBERSHIP' };
  return {
    mode: 'subscription',
    client_reference_id: buyer.userId,
    ...customerOf(buyer),
    allow_promotion_codes: true,
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: MEMBERSHIP_CURRENCY,
          unit_amount: priceCents,
          recurring: { interval: MEMBERSHIP_INTERVAL },
          product_data: { name: MEMBERSHIP_NAME },
        },
      },
    ],
    metadata,
    subscription_data: { metadata },
    success_url: `${appOrigin}/account/membership?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${appOrigin}/account/membership?checkout=cancelled`,
  };
}
