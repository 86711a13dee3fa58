import Stripe from 'stripe';
import { useStripeStandIn } from './stripe-test-harness';

describe('local Stripe API', () => {
  const { fixture, receiver } = useStripeStandIn();

  describe('checkout.sessions.create', () => {
    it('should return an open session with a hosted URL, totals and metadata when given price_data', async () => {
      const session = await fixture.createSession({
        line_items: [
          { quantity: 2, price_data: { currency: 'usd', unit_amount: 1500, product_data: { name: 'Sheet music' } } },
          { quantity: 1, price_data: { currency: 'usd', unit_amount: 4900, product_data: { name: 'Guitar for Beginners' } } },
        ],
      });

      expect(session).toEqual(
        jasmine.objectContaining({
          object: 'checkout.session',
          mode: 'payment',
          status: 'open',
          payment_status: 'unpaid',
          amount_total: 7900,
          currency: 'usd',
          livemode: false,
          client_reference_id: 'user-1',
          metadata: { courseId: 'course-guitar-101', userId: 'user-1' },
          url: `http://localhost:${new URL(fixture.service.url).port}/pay/${session.id}`,
        }),
      );
      expect(session.id).toMatch(/^cs_test_/);
      expect(session.expires_at - session.created).toBe(24 * 60 * 60);
    });

    it('should reject with a StripeInvalidRequestError naming the param when a price has no currency', async () => {
      const creating = fixture.createSession({
        line_items: [{ quantity: 1, price_data: { unit_amount: 100, product_data: { name: 'x' } } as never }],
      });

      await expectAsync(creating).toBeRejectedWith(
        jasmine.objectContaining({
          type: 'StripeInvalidRequestError',
          statusCode: 400,
          param: 'line_items[0][price_data][currency]',
          message: 'Missing required param: line_items[0][price_data][currency].',
        }),
      );
    });

    it('should include the line items when line_items is expanded on create', async () => {
      const session = await fixture.createSession({ expand: ['line_items'] });

      expect(session.line_items?.data.map((item) => item.amount_total)).toEqual([4900]);
    });

    it('should reject with StripeInvalidRequestError when an expansion is unknown', async () => {
      await expectAsync(fixture.createSession({ expand: ['nonsense'] })).toBeRejectedWith(
        jasmine.objectContaining({ type: 'StripeInvalidRequestError', param: 'expand' }),
      );
    });

    it('should reject a one-time price when mode is subscription', async () => {
      await expectAsync(fixture.createSession({ mode: 'subscription' })).toBeRejectedWith(
        jasmine.objectContaining({ type: 'StripeInvalidRequestError', param: 'line_items' }),
      );
    });

    it('should reject with StripeAuthenticationError when the API key is wrong', async () => {
      const port = Number(new URL(fixture.service.url).port);
      const intruder = new Stripe('sk_test_wrong_key_123456', { host: '127.0.0.1', port, protocol: 'http' });

      await expectAsync(intruder.checkout.sessions.create({ mode: 'payment' })).toBeRejectedWith(
        jasmine.objectContaining({ type: 'StripeAuthenticationError', statusCode: 401, message: jasmine.stringMatching(/^Invalid API Key provided/) }),
      );
    });

    it('should return the same session when the same idempotency key is reused', async () => {
      const first = await fixture.createSession({}, { idempotencyKey: 'order-42' });
      const second = await fixture.createSession({}, { idempotencyKey: 'order-42' });

      expect(second.id).toBe(first.id);
    });

    it('should reject with StripeIdempotencyError when an idempotency key is reused with other params', async () => {
      await fixture.createSession({}, { idempotencyKey: 'order-43' });

      await expectAsync(fixture.createSession({ client_reference_id: 'someone-else' }, { idempotencyKey: 'order-43' })).toBeRejectedWith(
        jasmine.objectContaining({ type: 'StripeIdempotencyError' }),
      );
    });
  });

  describe('checkout.sessions.retrieve', () => {
    it('should include the line items with their prices when line_items is expanded', async () => {
      const { id } = await fixture.createSession();

      const session = await fixture.stripe.checkout.sessions.retrieve(id, { expand: ['line_items'] });

      const item = session.line_items?.data[0];
      expect(session.line_items?.data.length).toBe(1);
      expect(item).toEqual(
        jasmine.objectContaining({ object: 'item', description: 'Guitar for Beginners', quantity: 1, amount_total: 4900, currency: 'usd' }),
      );
      expect(item?.price).toEqual(jasmine.objectContaining({ object: 'price', unit_amount: 4900, type: 'one_time' }));
    });

    it('should leave line_items out when nothing is expanded', async () => {
      const { id } = await fixture.createSession();

      const session = await fixture.stripe.checkout.sessions.retrieve(id);

      expect(session.line_items).toBeUndefined();
    });

    it('should reject with a 404 StripeInvalidRequestError when the session does not exist', async () => {
      await expectAsync(fixture.stripe.checkout.sessions.retrieve('cs_test_missing')).toBeRejectedWith(
        jasmine.objectContaining({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing' }),
      );
    });

    it('should keep sessions when the service restarts on the same state dir', async () => {
      const { id } = await fixture.createSession();
      await fixture.stop();
      await fixture.start({ webhookUrl: receiver.url });

      const session = await fixture.stripe.checkout.sessions.retrieve(id);

      expect(session.metadata).toEqual({ courseId: 'course-guitar-101', userId: 'user-1' });
    });
  });

  describe('checkout.sessions.listLineItems', () => {
    it('should list the line items of a session', async () => {
      const { id } = await fixture.createSession();

      const items = await fixture.stripe.checkout.sessions.listLineItems(id);

      expect(items.data.map((item) => item.description)).toEqual(['Guitar for Beginners']);
    });
  });

  describe('checkout.sessions.expire', () => {
    it('should expire an open session and emit checkout.session.expired', async () => {
      const { id } = await fixture.createSession();

      const session = await fixture.stripe.checkout.sessions.expire(id);
      const [event] = (await fixture.stripe.events.list({ type: 'checkout.session.expired' })).data;

      expect(session.status).toBe('expired');
      expect(session.url).toBeNull();
      expect((event?.data.object as Stripe.Checkout.Session).id).toBe(id);
    });

    it('should reject when the session is no longer open', async () => {
      const { id } = await fixture.createSession();
      await fixture.stripe.checkout.sessions.expire(id);

      await expectAsync(fixture.stripe.checkout.sessions.expire(id)).toBeRejectedWith(
        jasmine.objectContaining({ type: 'StripeInvalidRequestError', statusCode: 400 }),
      );
    });
  });

  describe('customers', () => {
    it('should retrieve a created customer', async () => {
      const created = await fixture.stripe.customers.create({ email: 'ada@example.com', name: 'Ada', metadata: { userId: 'u1' } });

      const customer = await fixture.stripe.customers.retrieve(created.id);

      expect(created.id).toMatch(/^cus_/);
      expect(customer).toEqual(jasmine.objectContaining({ object: 'customer', email: 'ada@example.com', metadata: { userId: 'u1' } }));
    });

    it('should prefill and lock the email on the hosted page when the session names a customer', async () => {
      const customer = await fixture.stripe.customers.create({ email: 'grace@example.com' });
      const { id } = await fixture.createSession({ customer: customer.id });

      const html = await (await fetch(`${fixture.service.url}/pay/${id}`)).text();

      expect(html).toMatch(/<input id="email"[^>]*value="grace@example.com"[^>]* readonly/);
    });
  });

  describe('events', () => {
    it('should retrieve an event by id', async () => {
      const { id } = await fixture.createSession();
      await fixture.stripe.checkout.sessions.expire(id);
      const [listed] = (await fixture.stripe.events.list()).data;

      const event = await fixture.stripe.events.retrieve(listed?.id ?? '');

      expect(event).toEqual(jasmine.objectContaining({ object: 'event', type: 'checkout.session.expired', livemode: false }));
      expect(event.id).toMatch(/^evt_/);
      expect(event.request?.id).toMatch(/^req_/);
    });
  });
});
