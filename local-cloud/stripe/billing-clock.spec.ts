import type Stripe from 'stripe';
import { secretKey, useStripeStandIn } from './stripe-test-harness';
import { advanceClock, periodOf, publishedEvents, subscribe } from './subscription-test-kit';

const day = 24 * 60 * 60;

describe('local Stripe clock', () => {
  const { fixture, receiver } = useStripeStandIn();

  function clock(init: RequestInit = {}, path = '/_local/clock'): Promise<Response> {
    return fetch(`${fixture.service.url}${path}`, { ...init, headers: { authorization: `Bearer ${secretKey}`, ...init.headers } });
  }

  describe('control endpoint', () => {
    it('should answer real time before the clock is advanced', async () => {
      const { now } = (await (await clock()).json()) as { now: number };

      expect(now).toBeCloseTo(Date.now() / 1000, -1);
    });

    it('should move the time forward by the given seconds', async () => {
      const now = await advanceClock(fixture, 3 * day);

      expect(now - Date.now() / 1000).toBeCloseTo(3 * day, -1);
    });

    it('should accept a JSON body', async () => {
      const response = await clock(
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seconds: day }) },
        '/_local/clock/advance',
      );

      expect(response.status).toBe(200);
      expect(((await response.json()) as { now: number }).now - Date.now() / 1000).toBeCloseTo(day, -1);
    });

    it('should refuse a request without the secret key', async () => {
      const response = await fetch(`${fixture.service.url}/_local/clock/advance`, { method: 'POST', body: 'seconds=60' });

      expect(response.status).toBe(401);
    });

    it('should refuse to move the clock backwards', async () => {
      const response = await clock({ method: 'POST', body: new URLSearchParams({ seconds: '-60' }) }, '/_local/clock/advance');

      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { param: string } }).error.param).toBe('seconds');
    });

    it('should keep the advanced time when the stand-in restarts on the same state', async () => {
      await advanceClock(fixture, 10 * day);
      await fixture.stop();
      await fixture.start({ webhookUrl: receiver.url });

      const { now } = (await (await clock()).json()) as { now: number };

      expect(now - Date.now() / 1000).toBeCloseTo(10 * day, -1);
    });

    it('should stamp objects created after an advance with the advanced time', async () => {
      const now = await advanceClock(fixture, 2 * day);

      const customer = await fixture.stripe.customers.create({ email: 'later@example.com' });

      expect(customer.created).toBeGreaterThanOrEqual(now);
    });
  });

  describe('past the period end', () => {
    it('should end a subscription set to cancel at period end, at that moment, and emit customer.subscription.deleted', async () => {
      const subscription = await subscribe(fixture);
      await fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
      const { end } = periodOf(subscription);

      await advanceClock(fixture, end - Math.floor(Date.now() / 1000) + 60);
      const ended = await fixture.stripe.subscriptions.retrieve(subscription.id);
      const [deleted] = await publishedEvents(fixture, 'customer.subscription.deleted');

      expect(ended.status).toBe('canceled');
      expect(ended.ended_at).toBe(end);
      expect((deleted?.data.object as Stripe.Subscription).id).toBe(subscription.id);
      expect(deleted?.created).toBe(end);
      expect(await publishedEvents(fixture, 'invoice.paid')).toHaveSize(1);
    });

    it('should leave a subscription set to cancel alone until its period ends', async () => {
      const subscription = await subscribe(fixture);
      await fixture.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });

      await advanceClock(fixture, periodOf(subscription).end - Math.floor(Date.now() / 1000) - 60);

      expect((await fixture.stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
      expect(await publishedEvents(fixture, 'customer.subscription.deleted')).toEqual([]);
    });

    it('should renew any other subscription: the period moves on and a paid subscription_cycle invoice is made', async () => {
      const subscription = await subscribe(fixture);
      const first = periodOf(subscription);

      await advanceClock(fixture, first.end - Math.floor(Date.now() / 1000) + 60);
      const renewed = await fixture.stripe.subscriptions.retrieve(subscription.id);
      const invoice = await fixture.stripe.invoices.retrieve(renewed.latest_invoice as string);

      expect(renewed.status).toBe('active');
      expect(periodOf(renewed).start).toBe(first.end);
      expect(periodOf(renewed).end).toBe(nextMonth(first.end));
      expect(invoice).toEqual(
        jasmine.objectContaining({ status: 'paid', billing_reason: 'subscription_cycle', amount_paid: 999, created: first.end }),
      );
      expect(invoice.number).toMatch(/-0002$/);
      expect(invoice.lines.data[0]?.period).toEqual(periodOf(renewed));
    });

    it('should emit customer.subscription.updated with the old period, then invoice.paid, when renewing', async () => {
      const subscription = await subscribe(fixture);
      const first = periodOf(subscription);

      await advanceClock(fixture, first.end - Math.floor(Date.now() / 1000) + 60);
      const renewalEvents = (await publishedEvents(fixture)).filter((event) => event.created === first.end);
      const updated = renewalEvents[0];
      const previousItems = (updated?.data.previous_attributes as Partial<Stripe.Subscription>).items;

      expect(renewalEvents.map((event) => event.type)).toEqual(['customer.subscription.updated', 'invoice.paid', 'invoice.payment_succeeded']);
      expect(previousItems?.data[0]?.current_period_end).toBe(first.end);
    });

    it('should renew once per period, in order, when the clock jumps several periods', async () => {
      const subscription = await subscribe(fixture);
      const first = periodOf(subscription);

      await advanceClock(fixture, nextMonth(first.end) - Math.floor(Date.now() / 1000) + 60);
      const invoices = (await fixture.stripe.invoices.list({ customer: subscription.customer as string })).data;

      expect(invoices.map((invoice) => [invoice.billing_reason, invoice.created])).toEqual([
        ['subscription_cycle', nextMonth(first.end)],
        ['subscription_cycle', first.end],
        ['subscription_create', first.start],
      ]);
    });
  });
});

/** The same day and time one calendar month later, clamped to the month's last day (as Stripe bills). */
function nextMonth(seconds: number): number {
  const date = new Date(seconds * 1000);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 2, 0)).getUTCDate();
  return (
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()) /
    1000
  );
}
