import '../shared/testing/quiet-logs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeStripeApi, type FakeStripeApi } from '../shared/testing/fake-stripe-api';
import { handler } from './handler';
import { bodyOf, lambdaContext, signed, syntheticEvent, webhookSecret, useWebhookTables } from './webhook-test-kit';

const paidSession = (sessionId: string, userId: string) => ({
  id: sessionId, object: 'checkout.session', mode: 'payment', payment_status: 'paid', amount_subtotal: 4900, amount_total: 4900, currency: 'usd',
  client_reference_id: userId, customer: null, subscription: null, payment_intent: `pi_${sessionId}`,
  metadata: { userId, courseId: 'c-1', product: 'COURSE' },
});
const pendingOrder = (sessionId: string, userId: string) => ({
  id: sessionId, stripeSessionId: sessionId, userId, status: 'PENDING', product: 'COURSE', courseId: 'c-1', amountCents: 4900, currency: 'usd',
});

/** A Stripe API that accepts requests and never answers: the call hangs as a stalled dependency does. */
async function startStalledStripe(): Promise<{ url: string; requests: number; stop(): Promise<void> }> {
  const held: ServerResponse[] = [];
  const server: Server = createServer((_request, response) => held.push(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return held.length;
    },
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('stripe-webhook exactly-once processing', () => {
  const tables = useWebhookTables();

  // Answers 404 to the receipt and promotion-code lookups of these made-up payments.
  let stripeApi: FakeStripeApi;
  beforeAll(async () => (stripeApi = await startFakeStripeApi()));
  afterAll(() => stripeApi.stop());

  beforeEach(() => {
    process.env['STRIPE_SECRET_KEY'] = 'sk_test_local';
    process.env['STRIPE_WEBHOOK_SECRET'] = webhookSecret;
    process.env['STRIPE_API_BASE'] = stripeApi.url;
  });

  afterEach(() => {
    delete process.env['STRIPE_API_BASE'];
  });

  it('should process an event once when 20 duplicate deliveries arrive at the same time', async () => {
    await tables.put('ORDER_TABLE', pendingOrder('cs_burst', 'user-burst'));
    const { id, payload } = syntheticEvent('checkout.session.completed', paidSession('cs_burst', 'user-burst'));

    const responses = await Promise.all(Array.from({ length: 20 }, () => handler(signed(payload), lambdaContext(15_000))));

    const bodies = responses.map((response) => JSON.parse(String(response.body)) as Record<string, unknown>);
    const processed = responses.filter((response, index) => response.statusCode === 200 && !bodies[index]?.['duplicate']);
    expect(processed.length).toBe(1);
    for (const [index, response] of responses.entries()) {
      const answeredAsRepeat = response.statusCode === 409 || (response.statusCode === 200 && bodies[index]?.['duplicate'] === true);
      expect(answeredAsRepeat || responses[index] === processed[0]).withContext(`delivery ${index}`).toBeTrue();
    }
    expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-burst', courseId: 'c-1' })).toEqual(jasmine.objectContaining({ orderId: 'cs_burst' }));
    expect(await tables.get('PAYMENT_EVENT_TABLE', { stripeEventId: id })).toBeDefined();
    expect(await bodyOf(handler(signed(payload), lambdaContext(15_000)))).toEqual({ received: true, duplicate: true });
  }, 20_000);

  describe('when the processing of a delivery dies after it claimed the event', () => {
    let stalled: Awaited<ReturnType<typeof startStalledStripe>>;

    beforeEach(async () => {
      stalled = await startStalledStripe();
      process.env['STRIPE_API_BASE'] = stalled.url;
    });

    afterEach(async () => {
      delete process.env['STRIPE_API_BASE'];
      await stalled.stop();
    });

    const leaseMs = 1000;

    it('should hold the event until the Lambda deadline, then process it on the next retry', async () => {
      // A full refund whose order is not known yet asks Stripe about the payment: that call hangs,
      // and the invocation dies at its deadline without releasing anything (as a timeout does).
      const refunded = { id: 'ch_crash', object: 'charge', amount: 4900, amount_captured: 4900, amount_refunded: 4900, refunded: true, payment_intent: 'pi_crash' };
      const { payload } = syntheticEvent('charge.refunded', refunded);
      void handler(signed(payload), lambdaContext(leaseMs));
      await until(() => stalled.requests > 0);

      const whileLeased = await handler(signed(payload), lambdaContext(15_000));
      await tables.put('ORDER_TABLE', { ...pendingOrder('cs_crash', 'user-crash'), status: 'PAID', stripePaymentIntentId: 'pi_crash' });
      await tables.put('ENROLLMENT_TABLE', { userId: 'user-crash', courseId: 'c-1', source: 'PURCHASE', orderId: 'cs_crash' });
      await new Promise((resolve) => setTimeout(resolve, leaseMs + 100));
      const retry = await handler(signed(payload), lambdaContext(15_000));

      expect(whileLeased.statusCode).toBe(409);
      expect(retry.statusCode).toBe(200);
      expect(JSON.parse(String(retry.body))).toEqual({ received: true });
      expect((await tables.get('ORDER_TABLE', { id: 'cs_crash' }))?.['status']).toBe('REFUNDED');
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-crash', courseId: 'c-1' })).toBeUndefined();
    }, 20_000);
  });
});
