import type { AppSyncIdentityCognito } from 'aws-lambda';
import type Stripe from 'stripe';
import { StripeStandIn } from '../../../local-cloud/stripe/stripe-test-harness';
import { appSyncEvent } from '../shared/testing/appsync-events';
import { handler } from './handler';

type BillingEvent = Parameters<typeof handler>[0];

const queries = new Set(['getMembershipPlan', 'listMyInvoices']);

/** Invokes the billing handler as AppSync's generated resolver does; `identity` null is a guest. */
export function callBilling(field: string, args: Record<string, unknown>, identity: AppSyncIdentityCognito | null): Promise<unknown> {
  const event = appSyncEvent(field, args, identity, queries.has(field) ? 'Query' : 'Mutation');
  return handler(event as unknown as BillingEvent);
}

/**
 * The local Stripe stand-in (whose webhooks these specs do not process: billing never writes our
 * records) and the purchases specs arrange through its hosted checkout page, as a browser would.
 */
export class BillingStripe extends StripeStandIn {
  /** A paid monthly subscription for a new customer. */
  async subscribe(userId: string, unitAmount = 1500): Promise<Stripe.Subscription> {
    const session = await this.fixture.createSession({
      mode: 'subscription',
      client_reference_id: userId,
      metadata: { userId, product: 'MEMBERSHIP' },
      line_items: [
        {
          quantity: 1,
          price_data: { currency: 'usd', unit_amount: unitAmount, recurring: { interval: 'month' }, product_data: { name: 'Play-Along membership' } },
        },
      ],
      subscription_data: { metadata: { userId } },
    });
    await this.payOrFail(session.id);
    const paid = await this.stripe.checkout.sessions.retrieve(session.id);
    return this.stripe.subscriptions.retrieve(String(paid.subscription));
  }

  /** A paid one-off course payment; returns its payment intent id. */
  async payForCourse(userId: string, courseId: string, amount = 4900): Promise<string> {
    const session = await this.fixture.createSession({
      client_reference_id: userId,
      metadata: { userId, courseId, product: 'COURSE' },
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: amount, product_data: { name: 'Slide Guitar' } } }],
    });
    await this.payOrFail(session.id);
    return String((await this.stripe.checkout.sessions.retrieve(session.id)).payment_intent);
  }

  /** Every refund.created event Stripe published for this payment intent. */
  async refundsCreatedFor(paymentIntent: string): Promise<Stripe.Refund[]> {
    const { data } = await this.stripe.events.list({ type: 'refund.created', limit: 100 });
    return data.map((event) => event.data.object as Stripe.Refund).filter((refund) => refund.payment_intent === paymentIntent);
  }

  private async payOrFail(sessionId: string): Promise<void> {
    const response = await this.fixture.pay(sessionId, '4242424242424242');
    if (response.status !== 303) throw new Error(`checkout page answered ${response.status}`);
  }
}
