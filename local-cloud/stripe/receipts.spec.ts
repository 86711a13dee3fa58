import type Stripe from 'stripe';
import { useStripeStandIn } from './stripe-test-harness';

describe('local Stripe receipt pages', () => {
  const { fixture } = useStripeStandIn();

  async function paidCharge(overrides: Record<string, string> = {}): Promise<Stripe.Charge> {
    const { id } = await fixture.createSession({ allow_promotion_codes: true });
    expect((await fixture.pay(id, '4242 4242 4242 4242', overrides)).status).toBe(303);
    const session = await fixture.stripe.checkout.sessions.retrieve(id);
    const paymentIntent = await fixture.stripe.paymentIntents.retrieve(String(session.payment_intent), { expand: ['latest_charge'] });
    return paymentIntent.latest_charge as Stripe.Charge;
  }

  async function receipt(charge: Stripe.Charge): Promise<{ status: number; html: string }> {
    const response = await fetch(String(charge.receipt_url));
    return { status: response.status, html: await response.text() };
  }

  it('should link each charge to its receipt page and record the card', async () => {
    const charge = await paidCharge();

    expect(charge.receipt_url).toBe(`http://localhost:${new URL(fixture.service.url).port}/receipts/${charge.id}`);
    expect(charge.payment_method_details?.card).toEqual(jasmine.objectContaining({ brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034 }));
  });

  it('should show the merchant, the item, the amounts with the code, the date and the card when opened', async () => {
    const charge = await paidCharge({ promotionCode: 'LEARN20' });
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(charge.created * 1000);

    const { status, html } = await receipt(charge);

    expect(status).toBe(200);
    expect(html).toContain('<h1>Receipt from Play-Along</h1>');
    expect(html).toContain('<dt>Guitar for Beginners</dt><dd>$49.00</dd>');
    expect(html).toContain('<dt>Subtotal</dt><dd>$49.00</dd>');
    expect(html).toContain('<dt>Discount (LEARN20)</dt><dd>−$9.80</dd>');
    expect(html).toContain('<dt>Amount paid</dt><dd>$39.20</dd>');
    expect(html).toContain(`<dt>Date paid</dt><dd>${date}</dd>`);
    expect(html).toContain('<dt>Payment method</dt><dd>Visa •••• 4242</dd>');
    expect(html).not.toContain('Refunded');
  });

  it('should say Refunded with the amount after a full refund', async () => {
    const charge = await paidCharge();
    await fixture.stripe.refunds.create({ charge: charge.id });

    const { html } = await receipt(charge);

    expect(html).toContain('<strong>Refunded</strong>: the full $49.00 went back to the card.');
    expect(html).toContain('<dt>Refunded</dt><dd>−$49.00</dd>');
  });

  it('should say Partially refunded with the amount after a partial refund', async () => {
    const charge = await paidCharge();
    await fixture.stripe.refunds.create({ charge: charge.id, amount: 900 });

    const { html } = await receipt(charge);

    expect(html).toContain('<strong>Partially refunded</strong>: $9.00 of $49.00 went back to the card.');
  });

  it('should answer 404 with a page that says so when the charge does not exist', async () => {
    const response = await fetch(`${fixture.service.url}/receipts/ch_nope`);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>Receipt not found</h1>');
  });
});
