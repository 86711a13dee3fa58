import Stripe from 'stripe';
import { webhookSecret, useStripeStandIn } from './stripe-test-harness';

describe('local Stripe hosted checkout page', () => {
  const { fixture, receiver } = useStripeStandIn();

  it('should show the product, the amount and labelled card inputs when opened', async () => {
    const session = await fixture.createSession();

    const response = await fetch(`${fixture.service.url}${new URL(session.url ?? '').pathname}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('<h1>Guitar for Beginners</h1>');
    expect(html).toContain('$49.00');
    for (const [id, label] of [['email', 'Email'], ['cardNumber', 'Card number'], ['expiry', 'Expiry date'], ['cvc', 'Security code (CVC)'], ['name', 'Name on card']]) {
      expect(html).toContain(`<label for="${id}">${label}</label>`);
      expect(html).toContain(`<input id="${id}" name="${id}"`);
    }
    expect(html).toContain('href="http://localhost:4200/courses/guitar-101"');
  });

  it('should redirect to the success URL with the session id and mark the session paid when paying with 4242', async () => {
    const { id } = await fixture.createSession();

    const response = await fixture.pay(id, '4242 4242 4242 4242');
    const session = await fixture.stripe.checkout.sessions.retrieve(id, { expand: ['payment_intent'] });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://localhost:4200/checkout/success?session_id=${id}`);
    expect(session.status).toBe('complete');
    expect(session.payment_status).toBe('paid');
    expect(session.customer_details?.email).toBe('ada@example.com');
    expect(session.payment_intent).toEqual(jasmine.objectContaining({ object: 'payment_intent', status: 'succeeded', amount_received: 4900 }));
  });

  it('should create a customer for the payer when customer_creation is always', async () => {
    const { id } = await fixture.createSession({ customer_creation: 'always' });

    await fixture.pay(id, '4242424242424242');
    const session = await fixture.stripe.checkout.sessions.retrieve(id, { expand: ['customer'] });

    expect(session.customer).toEqual(jasmine.objectContaining({ object: 'customer', email: 'ada@example.com', name: 'Ada Lovelace' }));
  });

  it('should deliver a checkout.session.completed webhook that constructEvent accepts when the payment succeeds', async () => {
    const { id } = await fixture.createSession();

    await fixture.pay(id, '4242424242424242');
    const [delivery] = await receiver.received(1);
    const event = Stripe.webhooks.constructEvent(delivery?.rawBody ?? '', delivery?.signature ?? '', webhookSecret);

    const session = event.data.object as Stripe.Checkout.Session;
    expect(event.type).toBe('checkout.session.completed');
    expect(session.id).toBe(id);
    expect(session.metadata).toEqual({ courseId: 'course-guitar-101', userId: 'user-1' });
    expect(session.payment_status).toBe('paid');
  });

  it('should say the card was declined and leave the session unpaid when paying with 4000 0000 0000 0002', async () => {
    const { id } = await fixture.createSession();

    const response = await fixture.pay(id, '4000 0000 0000 0002');
    const html = await response.text();
    const session = await fixture.stripe.checkout.sessions.retrieve(id);
    const events = await fixture.stripe.events.list();

    expect(response.status).toBe(402);
    expect(html).toContain('Your card was declined.');
    expect(html).toContain('role="alert"');
    expect(session.status).toBe('open');
    expect(session.payment_status).toBe('unpaid');
    expect(events.data.map((event) => event.type)).toEqual(['payment_intent.payment_failed']);
  });

  it('should deliver payment_intent.payment_failed and no completed event when the card is declined', async () => {
    const { id } = await fixture.createSession();

    await fixture.pay(id, '4000000000000002');
    await receiver.received(1);

    expect(receiver.events().map((event) => event.type)).toEqual(['payment_intent.payment_failed']);
  });

  it('should explain each invalid field and charge nothing when the form is incomplete', async () => {
    const { id } = await fixture.createSession();

    const response = await fixture.pay(id, '4242 4242 4242 4241', { expiry: '01 / 20', cvc: '', email: 'not-an-email' });
    const html = await response.text();
    const events = await fixture.stripe.events.list();

    expect(response.status).toBe(400);
    expect(html).toContain('Your card number is invalid.');
    expect(html).toContain('expiry date is in the past.');
    expect(html).toContain('Enter your card&#39;s security code.');
    expect(html).toContain('Enter an email address like name@example.com.');
    expect(html).toMatch(/<input id="cardNumber"[^>]*aria-invalid="true" aria-describedby="cardNumber-error"/);
    expect(events.data).toEqual([]);
  });

  it('should explain that the order is paid and link back when a completed session is opened again', async () => {
    const { id } = await fixture.createSession();
    await fixture.pay(id, '4242424242424242');

    const html = await (await fetch(`${fixture.service.url}/pay/${id}`)).text();

    expect(html).toContain('This order is already paid');
    expect(html).toContain(`href="http://localhost:4200/checkout/success?session_id=${id}"`);
  });

  it('should explain that the session expired and link to the cancel URL when an expired session is opened', async () => {
    const { id } = await fixture.createSession();
    await fixture.stripe.checkout.sessions.expire(id);

    const html = await (await fetch(`${fixture.service.url}/pay/${id}`)).text();

    expect(html).toContain('This checkout session has expired');
    expect(html).toContain('href="http://localhost:4200/courses/guitar-101"');
  });

  it('should answer 404 when the session does not exist', async () => {
    const response = await fetch(`${fixture.service.url}/pay/cs_test_nope`);

    expect(response.status).toBe(404);
  });

  describe('in subscription mode', () => {
    const membership: Partial<Stripe.Checkout.SessionCreateParams> = {
      mode: 'subscription',
      metadata: { kind: 'membership', userId: 'user-1' },
      subscription_data: { metadata: { userId: 'user-1' } },
      line_items: [
        {
          quantity: 1,
          price_data: { currency: 'usd', unit_amount: 1500, recurring: { interval: 'month' }, product_data: { name: 'All-access membership' } },
        },
      ],
    };

    it('should create an active subscription for a new customer when paid', async () => {
      const { id } = await fixture.createSession(membership);

      await fixture.pay(id, '4242424242424242');
      const session = await fixture.stripe.checkout.sessions.retrieve(id);
      const subscription = await fixture.stripe.subscriptions.retrieve(String(session.subscription));
      const customer = (await fixture.stripe.customers.retrieve(String(session.customer))) as Stripe.Customer;

      expect(subscription).toEqual(jasmine.objectContaining({ status: 'active', customer: customer.id, metadata: { userId: 'user-1' } }));
      expect(subscription.items.data[0]?.price.recurring?.interval).toBe('month');
      expect(customer.email).toBe('ada@example.com');
    });

    it('should emit customer.subscription.created, the first invoice paid and checkout.session.completed when paid', async () => {
      const { id } = await fixture.createSession(membership);

      await fixture.pay(id, '4242424242424242');
      await receiver.received(4);

      expect(receiver.events().map((event) => event.type).sort()).toEqual([
        'checkout.session.completed',
        'customer.subscription.created',
        'invoice.paid',
        'invoice.payment_succeeded',
      ]);
    });

    it('should cancel the subscription and emit customer.subscription.deleted when cancelled', async () => {
      const { id } = await fixture.createSession(membership);
      await fixture.pay(id, '4242424242424242');
      const { subscription } = await fixture.stripe.checkout.sessions.retrieve(id);

      const canceled = await fixture.stripe.subscriptions.cancel(String(subscription));
      const [event] = (await fixture.stripe.events.list({ limit: 1 })).data;

      expect(canceled.status).toBe('canceled');
      expect(event?.type).toBe('customer.subscription.deleted');
    });
  });
});
