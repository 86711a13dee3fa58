import Stripe from 'stripe';
import { conflict } from '../shared/errors';

/**
 * Stripe refusing a request about the caller's own objects (already refunded, subscription
 * already canceled, an idempotency key reused with other parameters) is a Conflict the person can
 * read, in Stripe's words; anything else (network, authentication, Stripe down) stays internal.
 */
export function asConflictIfStripeRefused(error: unknown): unknown {
  if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeIdempotencyError) {
    return conflict(error.message);
  }
  return error;
}
