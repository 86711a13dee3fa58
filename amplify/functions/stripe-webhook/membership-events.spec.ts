import '../shared/testing/quiet-logs';
import { startCheckout } from '../create-checkout/handler';
import { useLocalStripe } from '../shared/testing/local-stripe';
import { handler } from './handler';
import { advanceClock } from '../../../local-cloud/stripe/subscription-test-kit';
import { StandInStripe, deliver, lambdaContext, signed, syntheticEvent, type Delivery, useWebhookTables } from './webhook-test-kit';

interface Subscribed {
  userId: string;
  subscriptionId: string;
  created: Delivery;
  completed: Delivery;
}

describe('stripe-webhook membership events in any order (local Stripe)', () => {
  const tables = useWebhookTables();
  const stripe = useLocalStripe(new StandInStripe());
  let members = 0;

  /** Subscribes through create-checkout and the hosted page; returns the events Stripe sent, none processed yet. */
  async function subscribe(userId = `member-${++members}`): Promise<Subscribed> {
    const { sessionId } = await startCheckout({ product: 'MEMBERSHIP' }, { userId });
    expect((await stripe.fixture.pay(sessionId, '4242424242424242')).status).toBe(303);
    const completed = await stripe.delivered('checkout.session.completed', (session) => session['id'] === sessionId);
    const subscriptionId = String((JSON.parse(completed.rawBody) as { data: { object: { subscription: string } } }).data.object.subscription);
    const created = await stripe.delivered('customer.subscription.created', (subscription) => subscription['id'] === subscriptionId);
    return { userId, subscriptionId, created, completed };
  }

  async function deliverAll(...deliveries: Delivery[]): Promise<void> {
    for (const delivery of deliveries) expect((await deliver(delivery, lambdaContext(15_000))).statusCode).toBe(200);
  }

  const membershipOf = (userId: string) => tables.get('MEMBERSHIP_TABLE', { userId });

  it('should end ACTIVE when the subscription is created after the checkout completes, in either order', async () => {
    const first = await subscribe();
    const second = await subscribe();

    await deliverAll(first.completed, first.created);
    await deliverAll(second.created, second.completed);

    for (const { userId, subscriptionId } of [first, second]) {
      expect(await membershipOf(userId)).withContext(userId).toEqual(jasmine.objectContaining({ status: 'ACTIVE', stripeSubscriptionId: subscriptionId }));
    }
  }, 20_000);

  it('should end CANCELED when the cancellation is delivered before the events that started the subscription', async () => {
    const member = await subscribe();
    await stripe.stripe.subscriptions.cancel(member.subscriptionId);
    const deleted = await stripe.delivered('customer.subscription.deleted', (subscription) => subscription['id'] === member.subscriptionId);

    await deliverAll(deleted, member.completed, member.created);

    expect(await membershipOf(member.userId)).toEqual(
      jasmine.objectContaining({ status: 'CANCELED', stripeSubscriptionId: member.subscriptionId }),
    );
  }, 20_000);

  it('should let a new subscription replace a canceled one, whose late events then change nothing', async () => {
    const first = await subscribe();
    await deliverAll(first.completed, first.created);
    await stripe.stripe.subscriptions.cancel(first.subscriptionId);
    await deliverAll(await stripe.delivered('customer.subscription.deleted', (subscription) => subscription['id'] === first.subscriptionId));

    const second = await subscribe(first.userId);
    await deliverAll(second.completed, second.created);
    const lateUpdate = syntheticEvent(
      'customer.subscription.updated',
      { id: first.subscriptionId, object: 'subscription', status: 'canceled', customer: 'cus_old', metadata: { userId: first.userId } },
      Math.floor(Date.now() / 1000) + 60,
    );
    expect((await handler(signed(lateUpdate.payload), lambdaContext(15_000))).statusCode).toBe(200);

    expect(await membershipOf(first.userId)).toEqual(jasmine.objectContaining({ status: 'ACTIVE', stripeSubscriptionId: second.subscriptionId }));
  }, 30_000);

  it('should not let a stale event of an already canceled subscription bring back a canceled membership', async () => {
    const member = await subscribe();
    await deliverAll(member.completed);
    await stripe.stripe.subscriptions.cancel(member.subscriptionId);
    await deliverAll(await stripe.delivered('customer.subscription.deleted', (subscription) => subscription['id'] === member.subscriptionId));

    await deliverAll(member.created);

    expect((await membershipOf(member.userId))?.['status']).toBe('CANCELED');
  }, 20_000);

  describe('on the Stripe clock', () => {
    const days = (count: number) => count * 24 * 60 * 60;

    it('should keep a membership set to cancel ACTIVE until its period ends, then end it CANCELED', async () => {
      const member = await subscribe();
      await deliverAll(member.completed, member.created);
      await stripe.stripe.subscriptions.update(member.subscriptionId, { cancel_at_period_end: true });
      await deliverAll(await stripe.delivered('customer.subscription.updated', (subscription) => subscription['id'] === member.subscriptionId));
      expect(await membershipOf(member.userId)).toEqual(jasmine.objectContaining({ status: 'ACTIVE', cancelAtPeriodEnd: true }));

      await advanceClock(stripe.fixture, days(32));
      await deliverAll(await stripe.delivered('customer.subscription.deleted', (subscription) => subscription['id'] === member.subscriptionId));

      expect(await membershipOf(member.userId)).toEqual(jasmine.objectContaining({ status: 'CANCELED', stripeSubscriptionId: member.subscriptionId }));
    }, 30_000);

    it('should move the renewal date when the subscription renews', async () => {
      const member = await subscribe();
      await deliverAll(member.completed, member.created);
      const before = String((await membershipOf(member.userId))?.['currentPeriodEnd']);

      await advanceClock(stripe.fixture, days(32));
      const renewed = await stripe.delivered(
        'customer.subscription.updated',
        (subscription) => subscription['id'] === member.subscriptionId && subscription['status'] === 'active',
      );
      await deliverAll(renewed);

      const after = await membershipOf(member.userId);
      expect(after).toEqual(jasmine.objectContaining({ status: 'ACTIVE', cancelAtPeriodEnd: false, priceCents: 1500, currency: 'usd' }));
      expect(Date.parse(String(after?.['currentPeriodEnd']))).toBeGreaterThan(Date.parse(before));
    }, 30_000);
  });
});
