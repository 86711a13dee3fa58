import Stripe from 'stripe';
import { webhookSecret, useStripeStandIn } from './stripe-test-harness';

type ListedEvent = Stripe.Event & { delivery: { status: string; attempts: number } };

describe('local Stripe webhook delivery', () => {
  const { fixture, receiver } = useStripeStandIn({ startFixture: false });

  async function listed(): Promise<ListedEvent[]> {
    return (await fixture.stripe.events.list()).data as ListedEvent[];
  }

  it('should deliver the event on the third attempt when the receiver fails twice', async () => {
    await fixture.start({ webhookUrl: receiver.url, retryBaseMs: 5 });
    receiver.statusFor = (attempt) => (attempt <= 2 ? 500 : 200);
    const { id } = await fixture.createSession();

    await fixture.pay(id, '4242424242424242');
    const deliveries = await receiver.received(3);
    await fixture.logged('attempt 3: 200 delivered');
    const [event] = await listed();

    expect(deliveries.length).toBe(3);
    expect(new Set(receiver.events().map((delivered) => delivered.id)).size).toBe(1);
    expect(Stripe.webhooks.constructEvent(deliveries[2]?.rawBody ?? '', deliveries[2]?.signature ?? '', webhookSecret).type).toBe(
      'checkout.session.completed',
    );
    expect(event?.delivery).toEqual(jasmine.objectContaining({ status: 'delivered', attempts: 3 }));
    expect(event?.pending_webhooks).toBe(0);
  });

  it('should mark the delivery failed after the last attempt when the receiver keeps failing', async () => {
    await fixture.start({ webhookUrl: receiver.url, retryBaseMs: 5, maxAttempts: 2 });
    receiver.statusFor = () => 503;
    const { id } = await fixture.createSession();

    await fixture.pay(id, '4242424242424242');
    await fixture.logged('giving up');
    const [event] = await listed();

    expect(receiver.deliveries.length).toBe(2);
    expect(event?.delivery).toEqual(jasmine.objectContaining({ status: 'failed', attempts: 2 }));
  });

  it('should resume a pending delivery when restarted on the same state dir', async () => {
    await fixture.start({ webhookUrl: receiver.url, retryBaseMs: 60 * 60 * 1000 });
    receiver.statusFor = () => 500;
    const { id } = await fixture.createSession();
    await fixture.pay(id, '4242424242424242');
    await receiver.received(1);
    await fixture.stop();

    receiver.statusFor = () => 200;
    await fixture.start({ webhookUrl: receiver.url, retryBaseMs: 60 * 60 * 1000 });
    await receiver.received(2);
    await fixture.logged('200 delivered');
    const [event] = await listed();

    expect(receiver.events().map((delivered) => delivered.type)).toEqual(['checkout.session.completed', 'checkout.session.completed']);
    expect(event?.delivery.status).toBe('delivered');
  });

  it('should sign deliveries so that verification with another secret fails', async () => {
    await fixture.start({ webhookUrl: receiver.url });
    const { id } = await fixture.createSession();

    await fixture.pay(id, '4242424242424242');
    const [delivery] = await receiver.received(1);

    expect(() => Stripe.webhooks.constructEvent(delivery?.rawBody ?? '', delivery?.signature ?? '', 'whsec_other')).toThrowError(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });
});
