import type Stripe from 'stripe';
import { useStripeStandIn } from './stripe-test-harness';
import { periodOf, publishedEvents, subscribe } from './subscription-test-kit';

describe('local Stripe subscriptions', () => {
  const { fixture } = useStripeStandIn();

  describe('subscriptions.update', () => {
    it('should set cancel_at to the period end and canceled_at to now when cancel_at_period_end is set', async () => {
      const subscription = await subscribe(fixture);

      const updated = await fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });

      expect(updated.status).toBe('active');
      expect(updated.cancel_at_period_end).toBeTrue();
      expect(updated.cancel_at).toBe(periodOf(subscription).end);
      expect(updated.canceled_at).toBeCloseTo(Date.now() / 1000, -1);
    });

    it('should emit customer.subscription.updated with the previous values when cancelling at period end', async () => {
      const subscription = await subscribe(fixture);

      await fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true }, { idempotencyKey: 'cancel-1' });
      const [event] = await publishedEvents(fixture, 'customer.subscription.updated');

      expect((event?.data.object as Stripe.Subscription).cancel_at_period_end).toBeTrue();
      expect(event?.data.previous_attributes).toEqual({ cancel_at: null, cancel_at_period_end: false, canceled_at: null });
      expect(event?.request).toEqual({ id: jasmine.stringMatching(/^req_/), idempotency_key: 'cancel-1' });
    });

    it('should clear cancel_at and canceled_at and emit customer.subscription.updated when resumed', async () => {
      const subscription = await subscribe(fixture);
      const cancelling = await fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });

      const resumed = await fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false });
      const events = await publishedEvents(fixture, 'customer.subscription.updated');

      expect(resumed).toEqual(jasmine.objectContaining({ cancel_at_period_end: false, cancel_at: null, canceled_at: null }));
      expect(events.length).toBe(2);
      expect(events[1]?.data.previous_attributes).toEqual({
        cancel_at: cancelling.cancel_at,
        cancel_at_period_end: true,
        canceled_at: cancelling.canceled_at,
      });
    });

    it('should emit nothing when the update changes nothing', async () => {
      const subscription = await subscribe(fixture);

      await fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false });

      expect(await publishedEvents(fixture, 'customer.subscription.updated')).toEqual([]);
    });

    it('should merge metadata and unset a key given an empty value', async () => {
      const subscription = await subscribe(fixture);

      const updated = await fixture.stripe.subscriptions.update(subscription.id, { metadata: { plan: 'all-access', userId: '' } });

      expect(updated.metadata).toEqual({ plan: 'all-access' });
    });

    it('should refuse cancel_at_period_end on a canceled subscription in Stripe error shape', async () => {
      const subscription = await subscribe(fixture);
      await fixture.stripe.subscriptions.cancel(subscription.id);

      await expectAsync(fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true })).toBeRejectedWith(
        jasmine.objectContaining({
          type: 'StripeInvalidRequestError',
          statusCode: 400,
          code: 'invalid_canceled_subscription_fields',
          message: 'A canceled subscription can only update its cancellation_details and metadata.',
        }),
      );
    });

    it('should refuse a parameter the stand-in does not emulate', async () => {
      const subscription = await subscribe(fixture);

      await expectAsync(fixture.stripe.subscriptions.update(subscription.id, { proration_behavior: 'none' })).toBeRejectedWith(
        jasmine.objectContaining({ statusCode: 400, code: 'parameter_unknown', param: 'proration_behavior' }),
      );
    });

    it('should answer 404 resource_missing when the subscription does not exist', async () => {
      await expectAsync(fixture.stripe.subscriptions.update('sub_missing', { cancel_at_period_end: true })).toBeRejectedWith(
        jasmine.objectContaining({ statusCode: 404, code: 'resource_missing' }),
      );
    });
  });

  describe('subscriptions.list', () => {
    it('should leave canceled subscriptions out when no status is given', async () => {
      const first = await subscribe(fixture);
      const customer = first.customer as string;
      await fixture.stripe.subscriptions.cancel(first.id);
      const second = await subscribe(fixture, { customer });

      const { data } = await fixture.stripe.subscriptions.list({ customer });

      expect(data.map((subscription) => subscription.id)).toEqual([second.id]);
    });

    it('should list canceled ones too, newest first, when status is all', async () => {
      const first = await subscribe(fixture);
      const customer = first.customer as string;
      await fixture.stripe.subscriptions.cancel(first.id);
      const second = await subscribe(fixture, { customer });

      const { data } = await fixture.stripe.subscriptions.list({ customer, status: 'all', limit: 3 });

      expect(data.map((subscription) => [subscription.id, subscription.status])).toEqual([
        [second.id, 'active'],
        [first.id, 'canceled'],
      ]);
    });

    it('should list only the named customer', async () => {
      const mine = await subscribe(fixture);
      await subscribe(fixture);

      const { data } = await fixture.stripe.subscriptions.list({ customer: mine.customer as string, status: 'all' });

      expect(data.map((subscription) => subscription.id)).toEqual([mine.id]);
    });

    it('should refuse an unknown status', async () => {
      await expectAsync(fixture.stripe.subscriptions.list({ status: 'sleeping' as never })).toBeRejectedWith(
        jasmine.objectContaining({ statusCode: 400, param: 'status' }),
      );
    });
  });

  describe('the first invoice', () => {
    it('should publish invoice.paid and invoice.payment_succeeded after the subscription and before the session completes', async () => {
      await subscribe(fixture);

      const types = (await publishedEvents(fixture)).map((event) => event.type);

      expect(types).toEqual([
        'customer.subscription.created',
        'invoice.paid',
        'invoice.payment_succeeded',
        'checkout.session.completed',
      ]);
    });

    it("should be the subscription's latest invoice", async () => {
      const subscription = await subscribe(fixture);

      const [event] = await publishedEvents(fixture, 'invoice.paid');

      expect(subscription.latest_invoice).toBe((event?.data.object as Stripe.Invoice).id);
    });
  });
});
