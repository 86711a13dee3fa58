import type Stripe from 'stripe';

/*
 * The Stripe objects this stand-in serves, typed as the `stripe` package declares them, so that a field the SDK
 * declares but the stand-in leaves out, or a value of the wrong type, fails the type check. Each is narrowed to what
 * the stand-in always stores: ids rather than expanded objects, and the values its cases always set. Decimal amounts
 * travel as strings (the SDK turns them into `Stripe.Decimal` when it receives them).
 */
export type Metadata = Stripe.Metadata;
export type ListObject<T> = Stripe.ApiList<T>;
export type Recurring = Stripe.Price.Recurring;

export type Price = Omit<Stripe.Price, 'unit_amount_decimal'> & {
  product: string;
  recurring: Recurring | null;
  unit_amount: number;
  unit_amount_decimal: string;
};

export type Plan = Omit<Stripe.Plan, 'amount_decimal'> & { amount_decimal: string; product: string };

export type LineItem = Omit<Stripe.LineItem, 'price'> & { description: string; metadata: Metadata; price: Price; quantity: number };

export type CustomerDetails = Stripe.Checkout.Session.CustomerDetails;

export type CheckoutMode = Extract<Stripe.Checkout.Session.Mode, 'payment' | 'subscription'>;

export type CheckoutSession = Stripe.Checkout.Session & {
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  customer: string | null;
  discounts: Stripe.Checkout.Session.Discount[];
  metadata: Metadata;
  mode: CheckoutMode;
  payment_intent: string | null;
  subscription: string | null;
  total_details: Stripe.Checkout.Session.TotalDetails;
};

/** A session plus what Stripe keeps about it but does not put on the session object itself. */
export interface CheckoutSessionRecord {
  session: CheckoutSession;
  lineItems: LineItem[];
  /** Created on the first payment attempt; in subscription mode the session does not point at it. */
  paymentIntentId: string | null;
  paymentIntentMetadata: Metadata;
  subscriptionMetadata: Metadata;
}

export type Customer = Stripe.Customer;

export type SubscriptionItem = Omit<Stripe.SubscriptionItem, 'plan' | 'price'> & { plan: Plan; price: Price; quantity: number };

export type Subscription = Omit<Stripe.Subscription, 'items'> & {
  customer: string;
  items: ListObject<SubscriptionItem>;
  latest_invoice: string | null;
};

export type PaymentError = Stripe.PaymentIntent.LastPaymentError;

export type PaymentIntent = Stripe.PaymentIntent & {
  customer: string | null;
  latest_charge: string | null;
  payment_method: string | null;
};

export type StripeEvent = Stripe.EventBase & { request: Stripe.Event.Request };

export interface Delivery {
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  /** Epoch milliseconds of the next attempt while pending. */
  nextAttemptAt: number;
  lastStatus: number | null;
  lastError: string | null;
}

export interface EventRecord {
  event: StripeEvent;
  delivery: Delivery;
}

export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: number;
}
