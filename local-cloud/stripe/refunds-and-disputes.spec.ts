import type Stripe from 'stripe';
import { useStripeStandIn } from './stripe-test-harness';

describe('local Stripe refunds and disputes', () => {
  const { fixture, receiver } = useStripeStandIn();

  async function paidIntent(card = '4242424242424242'): Promise<Stripe.PaymentIntent> {
    const session = await fixture.createSession();
    expect((await fixture.pay(session.id, card)).status).toBe(303);
    const paid = await fixture.stripe.checkout.sessions.retrieve(session.id);
    return fixture.stripe.paymentIntents.retrieve(String(paid.payment_intent));
  }

  async function eventOf<T>(type: string): Promise<T> {
    for (;;) {
      const event = receiver.events().find((candidate) => candidate.type === type);
      if (event) return event.data.object as T;
      await receiver.received(receiver.deliveries.length + 1);
    }
  }

  it('should charge a paid payment intent, as its latest_charge', async () => {
    const paymentIntent = await paidIntent();

    const charge = await fixture.stripe.charges.retrieve(String(paymentIntent.latest_charge));

    expect(charge).toEqual(
      jasmine.objectContaining({
        object: 'charge', amount: 4900, amount_captured: 4900, amount_refunded: 0, refunded: false, disputed: false,
        paid: true, status: 'succeeded', currency: 'usd', payment_intent: paymentIntent.id,
      }),
    );
  });

  it('should refund the whole charge and send charge.refunded with refunded true when no amount is given', async () => {
    const paymentIntent = await paidIntent();

    const refund = await fixture.stripe.refunds.create({ payment_intent: paymentIntent.id, reason: 'requested_by_customer' });
    const charge = await eventOf<Stripe.Charge>('charge.refunded');

    expect(refund).toEqual(
      jasmine.objectContaining({ object: 'refund', amount: 4900, status: 'succeeded', payment_intent: paymentIntent.id, reason: 'requested_by_customer' }),
    );
    expect(refund.id).toMatch(/^re_/);
    expect(charge).toEqual(jasmine.objectContaining({ id: paymentIntent.latest_charge, amount_refunded: 4900, refunded: true }));
    expect(await eventOf<Stripe.Refund>('refund.created')).toEqual(jasmine.objectContaining({ id: refund.id }));
  });

  it('should keep refunded false after a partial refund of the charge', async () => {
    const paymentIntent = await paidIntent();

    await fixture.stripe.refunds.create({ charge: String(paymentIntent.latest_charge), amount: 900 });

    expect(await eventOf<Stripe.Charge>('charge.refunded')).toEqual(jasmine.objectContaining({ amount_refunded: 900, refunded: false }));
  });

  it('should refuse a refund above what is left, naming the amount param', async () => {
    const paymentIntent = await paidIntent();
    await fixture.stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 4000 });

    await expectAsync(fixture.stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 1000 })).toBeRejectedWith(
      jasmine.objectContaining({ type: 'StripeInvalidRequestError', statusCode: 400, code: 'amount_too_large', param: 'amount' }),
    );
  });

  it('should refuse an unknown parameter with Stripe’s error shape', async () => {
    const paymentIntent = await paidIntent();

    await expectAsync(
      fixture.stripe.refunds.create({ payment_intent: paymentIntent.id, instructions: 'now' } as Stripe.RefundCreateParams),
    ).toBeRejectedWith(jasmine.objectContaining({ statusCode: 400, code: 'parameter_unknown', param: 'instructions' }));
  });

  it('should open a dispute and send charge.dispute.created after a payment with the dispute test card', async () => {
    const paymentIntent = await paidIntent('4000000000000259');

    const dispute = await eventOf<Stripe.Dispute>('charge.dispute.created');

    expect(dispute).toEqual(
      jasmine.objectContaining({
        object: 'dispute', amount: 4900, charge: paymentIntent.latest_charge, payment_intent: paymentIntent.id, status: 'needs_response', reason: 'fraudulent',
      }),
    );
    await expectAsync(fixture.stripe.refunds.create({ payment_intent: paymentIntent.id })).toBeRejectedWith(
      jasmine.objectContaining({ code: 'charge_disputed' }),
    );
  });
});
