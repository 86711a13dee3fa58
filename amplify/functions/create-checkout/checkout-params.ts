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
}

/** One-off course purchase, priced from the stored Course record. */
export function courseCheckoutParams(course: PricedCourse, buyer: Buyer, appOrigin: string): Stripe.Checkout.SessionCreateParams {
  const metadata = { userId: buyer.userId, courseId: course.id, product: 'COURSE' };
  const returnTo = `${appOrigin}/courses/${encodeURIComponent(course.id)}`;
  return {
    mode: 'payment',
    client_reference_id: buyer.userId,
    customer_email: buyer.email,
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
    customer_email: buyer.email,
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: MEMBERSHIP_CURRENCY,
          unit_amount: priceCents,
          recurring: { interval: MEMBERSHIP_INTERVAL },
          product_data: { name: 'Play-Along membership' },
        },
      },
    ],
    metadata,
    subscription_data: { metadata },
    success_url: `${appOrigin}/learning?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${appOrigin}/learning?checkout=cancelled`,
  };
}
