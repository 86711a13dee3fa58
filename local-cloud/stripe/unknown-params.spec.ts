import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type Stripe from 'stripe';
import { courseCheckoutParams, membershipCheckoutParams } from '../../amplify/functions/create-checkout/checkout-params';
import type { StripeState } from './state-store';
import { secretKey, useStripeStandIn } from './stripe-test-harness';

describe('local Stripe parameter checking', () => {
  const { fixture } = useStripeStandIn();

  function unknownParam(param: string): jasmine.AsymmetricMatcher<unknown> {
    return jasmine.objectContaining({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      code: 'parameter_unknown',
      param,
      message: `Received unknown parameter: ${param}`,
    });
  }

  async function storedState(): Promise<StripeState> {
    return JSON.parse(await readFile(join(fixture.stateDir, 'stripe-state.json'), 'utf8')) as StripeState;
  }

  it('should refuse an unknown top-level parameter of checkout.sessions.create and store no session', async () => {
    await fixture.createSession();

    await expectAsync(fixture.createSession({ shipping_cost: 'free' } as never)).toBeRejectedWith(unknownParam('shipping_cost'));

    expect(Object.keys((await storedState()).checkoutSessions).length).toBe(1);
  });

  it('should name the full path when a line item has an unknown key', async () => {
    const lineItem = { quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'x' } }, foo: 'bar' };

    await expectAsync(fixture.createSession({ line_items: [lineItem] })).toBeRejectedWith(unknownParam('line_items[0][foo]'));
  });

  it('should name the full path when an unknown key is nested deep in a later line item', async () => {
    const known = { quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'x' } } };
    const unknown = { quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'y', tax_code: 'txcd_1' } } };

    await expectAsync(fixture.createSession({ line_items: [known, unknown] })).toBeRejectedWith(
      unknownParam('line_items[1][price_data][product_data][tax_code]'),
    );
  });

  it('should refuse an unknown key inside payment_intent_data', async () => {
    await expectAsync(fixture.createSession({ payment_intent_data: { description: 'Guitar' } })).toBeRejectedWith(
      unknownParam('payment_intent_data[description]'),
    );
  });

  it('should accept any metadata keys', async () => {
    const session = await fixture.createSession({ metadata: { anything: 'goes', 'with-dash': 'yes' } });

    expect(session.metadata).toEqual({ anything: 'goes', 'with-dash': 'yes' });
  });

  it('should refuse an unknown refund parameter without refunding or publishing an event', async () => {
    const session = await fixture.createSession();
    expect((await fixture.pay(session.id, '4242424242424242')).status).toBe(303);
    const paymentIntent = String((await fixture.stripe.checkout.sessions.retrieve(session.id)).payment_intent);
    const eventsBefore = (await fixture.stripe.events.list({ limit: 100 })).data.length;

    await expectAsync(
      fixture.stripe.refunds.create({ payment_intent: paymentIntent, instructions: 'now' } as Stripe.RefundCreateParams),
    ).toBeRejectedWith(unknownParam('instructions'));

    const state = await storedState();
    expect(Object.keys(state.refunds)).toEqual([]);
    expect(Object.values(state.charges).map((charge) => charge.amount_refunded)).toEqual([0]);
    expect((await fixture.stripe.events.list({ limit: 100 })).data.length).toBe(eventsBefore);
  });

  it('should refuse an unknown query parameter on a retrieve', async () => {
    const { id } = await fixture.createSession();

    await expectAsync(fixture.stripe.checkout.sessions.retrieve(id, { foo: 'bar' } as Stripe.Checkout.SessionRetrieveParams)).toBeRejectedWith(
      unknownParam('foo'),
    );
  });

  it('should refuse __proto__ as an unknown parameter', async () => {
    const response = await fetch(`${fixture.service.url}/v1/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '__proto__[email]=ada@example.com',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { type: 'invalid_request_error', code: 'parameter_unknown', param: '__proto__', message: 'Received unknown parameter: __proto__' },
    });
  });

  it('should refuse an expansion the endpoint does not offer, naming expand', async () => {
    const customer = await fixture.stripe.customers.create({ email: 'ada@example.com' });

    await expectAsync(fixture.stripe.customers.retrieve(customer.id, { expand: ['default_source'] })).toBeRejectedWith(
      jasmine.objectContaining({ statusCode: 400, code: 'parameter_invalid', param: 'expand' }),
    );
  });

  it('should accept the course and membership checkouts exactly as create-checkout sends them', async () => {
    const course = { id: 'course-1', title: 'Blues Lead Guitar', priceCents: 4900, currency: 'USD' };
    const buyer = { userId: 'user-1', email: 'student@example.com' };

    const courseSession = await fixture.stripe.checkout.sessions.create(courseCheckoutParams(course, buyer, 'http://localhost:4200'));
    const membershipSession = await fixture.stripe.checkout.sessions.create(membershipCheckoutParams(1500, buyer, 'http://localhost:4200'));

    expect([courseSession.mode, membershipSession.mode]).toEqual(['payment', 'subscription']);
  });

  it('should page through every event when the SDK auto-paginates with starting_after', async () => {
    const ids: string[] = [];
    for (let count = 0; count < 3; count += 1) {
      const { id } = await fixture.createSession();
      await fixture.stripe.checkout.sessions.expire(id);
      ids.unshift(id);
    }

    const events = await fixture.stripe.events.list({ limit: 1 }).autoPagingToArray({ limit: 10 });

    expect(events.map((event) => (event.data.object as Stripe.Checkout.Session).id)).toEqual(ids);
  });

  it('should return the page just before ending_before', async () => {
    for (let count = 0; count < 3; count += 1) await fixture.stripe.checkout.sessions.expire((await fixture.createSession()).id);
    const [, middle, oldest] = (await fixture.stripe.events.list()).data;

    const page = await fixture.stripe.events.list({ ending_before: oldest?.id ?? '', limit: 1 });

    expect(page.data.map((event) => event.id)).toEqual([middle?.id ?? '']);
    expect(page.has_more).toBeTrue();
  });
});
