import Stripe from 'stripe';
import { useStripeStandIn } from './stripe-test-harness';

describe('local Stripe promotion codes in Checkout', () => {
  const { fixture, receiver } = useStripeStandIn();

  function applyCode(sessionId: string, promotionCode: string): Promise<Response> {
    const form = new URLSearchParams({ action: 'apply-promotion-code', promotionCode });
    return fetch(`${fixture.service.url}/pay/${sessionId}`, { method: 'POST', body: form });
  }

  async function paidWithLearn20(params: Partial<Stripe.Checkout.SessionCreateParams> = {}): Promise<Stripe.Checkout.Session> {
    const { id } = await fixture.createSession({ allow_promotion_codes: true, ...params });
    expect((await fixture.pay(id, '4242424242424242', { promotionCode: 'LEARN20' })).status).toBe(303);
    return fixture.stripe.checkout.sessions.retrieve(id);
  }

  async function learn20(): Promise<Stripe.PromotionCode> {
    const [promotionCode] = (await fixture.stripe.promotionCodes.list({ code: 'LEARN20' })).data;
    if (!promotionCode) throw new Error('LEARN20 is not seeded');
    return promotionCode;
  }

  it('should find the demo code LEARN20 by its code in any case, with a 20 % coupon that applies once', async () => {
    const { data } = await fixture.stripe.promotionCodes.list({ code: 'learn20' });
    const coupon = await fixture.stripe.coupons.retrieve(String(data[0]?.promotion.coupon));

    expect(data.map((promotionCode) => [promotionCode.code, promotionCode.active, promotionCode.times_redeemed])).toEqual([['LEARN20', true, 0]]);
    expect(coupon).toEqual(jasmine.objectContaining({ object: 'coupon', percent_off: 20, duration: 'once', valid: true }));
  });

  it('should list only the deactivated demo code when active is false', async () => {
    const { data } = await fixture.stripe.promotionCodes.list({ active: false });

    expect(data.map((promotionCode) => promotionCode.code)).toEqual(['RETIRED15']);
  });

  it('should retrieve a promotion code by id and refuse an unknown one with resource_missing', async () => {
    const promotionCode = await learn20();

    expect((await fixture.stripe.promotionCodes.retrieve(promotionCode.id)).code).toBe('LEARN20');
    await expectAsync(fixture.stripe.promotionCodes.retrieve('promo_nope')).toBeRejectedWith(
      jasmine.objectContaining({ statusCode: 404, code: 'resource_missing' }),
    );
  });

  it('should offer a labelled promotion code field with an Apply button when the session allows codes', async () => {
    const { id } = await fixture.createSession({ allow_promotion_codes: true });

    const html = await (await fetch(`${fixture.service.url}/pay/${id}`)).text();

    expect(html).toContain('<label for="promotionCode">Add promotion code</label>');
    expect(html).toContain('<input id="promotionCode" name="promotionCode"');
    expect(html).toMatch(/<button type="submit" class="secondary">Apply<\/button>/);
  });

  it('should show the discount and the new total, and record nothing yet, when LEARN20 is applied on the page', async () => {
    const { id } = await fixture.createSession({ allow_promotion_codes: true });

    const response = await applyCode(id, 'learn20');
    const html = await response.text();
    const session = await fixture.stripe.checkout.sessions.retrieve(id);

    expect(response.status).toBe(200);
    expect(html).toContain('<dt>LEARN20 (20% off)</dt><dd>−$9.80</dd>');
    expect(html).toContain('<div class="grand"><dt>Total due</dt><dd>$39.20</dd></div>');
    expect(html).toContain('Pay $39.20');
    expect(html).toContain('<input type="hidden" name="promotionCode" value="LEARN20">');
    expect([session.amount_total, session.discounts]).toEqual([4900, []]);
  });

  it('should say the code is invalid and change nothing when an unknown, expired or deactivated code is applied', async () => {
    const { id } = await fixture.createSession({ allow_promotion_codes: true });

    for (const code of ['NOPE', 'EXPIRED10', 'RETIRED15']) {
      const response = await applyCode(id, code);
      const html = await response.text();

      expect(response.status).withContext(code).toBe(400);
      expect(html).withContext(code).toContain('This code is invalid.');
      expect(html).withContext(code).toMatch(/<input id="promotionCode"[^>]*aria-invalid="true" aria-describedby="promotionCode-error"/);
      expect(html).withContext(code).toContain('Pay $49.00');
    }
    const session = await fixture.stripe.checkout.sessions.retrieve(id);
    expect([session.amount_total, session.discounts, session.total_details?.amount_discount]).toEqual([4900, [], 0]);
  });

  it('should charge nothing when the payment form carries an invalid code', async () => {
    const { id } = await fixture.createSession({ allow_promotion_codes: true });

    const response = await fixture.pay(id, '4242424242424242', { promotionCode: 'EXPIRED10' });
    const session = await fixture.stripe.checkout.sessions.retrieve(id);

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('This code is invalid.');
    expect(session.status).toBe('open');
    expect((await fixture.stripe.events.list()).data).toEqual([]);
  });

  it('should refuse a code and charge nothing when the session does not allow promotion codes', async () => {
    const { id } = await fixture.createSession();

    const page = await (await fetch(`${fixture.service.url}/pay/${id}`)).text();
    const applied = await applyCode(id, 'LEARN20');
    const paid = await fixture.pay(id, '4242424242424242', { promotionCode: 'LEARN20' });
    const session = await fixture.stripe.checkout.sessions.retrieve(id);

    expect(page).not.toContain('Add promotion code');
    expect([applied.status, paid.status]).toEqual([400, 400]);
    expect([session.status, session.amount_total, session.discounts]).toEqual(['open', 4900, []]);
  });

  it('should record the 20 % discount on the session when paid with LEARN20', async () => {
    const session = await paidWithLearn20();
    const promotionCode = await learn20();

    expect(session.allow_promotion_codes).toBe(true);
    expect([session.amount_subtotal, session.amount_total, session.total_details?.amount_discount]).toEqual([4900, 3920, 980]);
    expect(session.discounts).toEqual([{ coupon: String(promotionCode.promotion.coupon), promotion_code: promotionCode.id }]);
    expect(promotionCode.times_redeemed).toBe(1);
  });

  it('should deliver checkout.session.completed carrying the discounted session', async () => {
    const session = await paidWithLearn20();
    await receiver.received(1);

    const completed = receiver.events().find((event) => event.type === 'checkout.session.completed');
    const sent = completed?.data.object as Stripe.Checkout.Session;
    expect([sent.id, sent.amount_total, sent.total_details?.amount_discount, sent.discounts]).toEqual([session.id, 3920, 980, session.discounts]);
  });

  it('should charge the discounted amount when paid with LEARN20', async () => {
    const session = await paidWithLearn20();

    const paymentIntent = await fixture.stripe.paymentIntents.retrieve(String(session.payment_intent), { expand: ['latest_charge'] });

    expect(paymentIntent.amount).toBe(3920);
    expect((paymentIntent.latest_charge as Stripe.Charge).amount).toBe(3920);
  });

  it('should put the discount on the line items, with its discount objects only when expanded', async () => {
    const session = await paidWithLearn20();
    const promotionCode = await learn20();

    const [plain] = (await fixture.stripe.checkout.sessions.listLineItems(session.id)).data;
    const [expanded] = (await fixture.stripe.checkout.sessions.listLineItems(session.id, { expand: ['data.discounts'] })).data;

    expect([plain?.amount_subtotal, plain?.amount_discount, plain?.amount_total, plain?.discounts]).toEqual([4900, 980, 3920, undefined]);
    expect(expanded?.discounts?.[0]?.amount).toBe(980);
    expect(expanded?.discounts?.[0]?.discount).toEqual(
      jasmine.objectContaining({ object: 'discount', checkout_session: session.id, promotion_code: promotionCode.id }),
    );
  });

  it('should take the discount off the first membership invoice only when a subscription is paid with LEARN20', async () => {
    const session = await paidWithLearn20({
      mode: 'subscription',
      metadata: { kind: 'membership', userId: 'user-1' },
      line_items: [
        { quantity: 1, price_data: { currency: 'usd', unit_amount: 1500, recurring: { interval: 'month' }, product_data: { name: 'All-access membership' } } },
      ],
    });
    const subscription = await fixture.stripe.subscriptions.retrieve(String(session.subscription));

    const invoice = await fixture.stripe.invoices.retrieve(String(subscription.latest_invoice));

    expect([session.amount_total, session.total_details?.amount_discount]).toEqual([1200, 300]);
    expect([invoice.subtotal, invoice.total, invoice.amount_paid]).toEqual([1500, 1200, 1200]);
    expect(invoice.total_discount_amounts?.map((entry) => entry.amount)).toEqual([300]);
  });

  it('should refuse allow_promotion_codes together with discounts, as Stripe does', async () => {
    await expectAsync(
      fixture.createSession({ allow_promotion_codes: true, discounts: [{ promotion_code: 'promo_demo_learn20' }] }),
    ).toBeRejectedWith(jasmine.objectContaining({ type: 'StripeInvalidRequestError', statusCode: 400, param: 'discounts' }));
  });
});
