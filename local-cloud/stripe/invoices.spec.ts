import type Stripe from 'stripe';
import { useStripeStandIn } from './stripe-test-harness';
import { membershipName, periodOf, subscribe } from './subscription-test-kit';

describe('local Stripe invoices', () => {
  const { fixture } = useStripeStandIn();

  it('should make a paid subscription_create invoice for the subscription when its checkout is paid', async () => {
    const subscription = await subscribe(fixture);

    const invoice = await fixture.stripe.invoices.retrieve(subscription.latest_invoice as string);

    expect(invoice).toEqual(
      jasmine.objectContaining({
        object: 'invoice',
        status: 'paid',
        billing_reason: 'subscription_create',
        customer: subscription.customer,
        customer_email: 'ada@example.com',
        account_name: 'Play-Along',
        amount_due: 999,
        amount_paid: 999,
        amount_remaining: 0,
        currency: 'usd',
        hosted_invoice_url: `http://localhost:${new URL(fixture.service.url).port}/i/${invoice.id}`,
      }),
    );
    expect(invoice.number).toMatch(/^[A-Z0-9]{8}-0001$/);
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscription.id);
    expect(invoice.parent?.subscription_details?.metadata).toEqual({ userId: 'user-1' });
  });

  it('should carry the subscription item, price and service period on the invoice line', async () => {
    const subscription = await subscribe(fixture);
    const [item] = subscription.items.data;

    const invoice = await fixture.stripe.invoices.retrieve(subscription.latest_invoice as string);
    const [line] = invoice.lines.data;

    expect(line?.description).toBe(`1 × ${membershipName} (at $9.99 / month)`);
    expect(line?.period).toEqual(periodOf(subscription));
    expect(line?.parent?.subscription_item_details?.subscription_item).toBe(item?.id as string);
    expect(line?.pricing?.price_details?.price).toBe(item?.price.id as string);
  });

  it('should list only the named customer’s invoices, newest first', async () => {
    const mine = await subscribe(fixture);
    await subscribe(fixture);

    const { data } = await fixture.stripe.invoices.list({ customer: mine.customer as string, limit: 10 });

    expect(data.map((invoice) => invoice.id)).toEqual([mine.latest_invoice as string]);
  });

  it('should list every invoice when no customer is named', async () => {
    await subscribe(fixture);
    await subscribe(fixture);

    const { data } = await fixture.stripe.invoices.list();

    expect(data.length).toBe(2);
  });

  it('should answer 404 resource_missing when the invoice does not exist', async () => {
    await expectAsync(fixture.stripe.invoices.retrieve('in_missing')).toBeRejectedWith(
      jasmine.objectContaining({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing' }),
    );
  });

  describe('hosted invoice page', () => {
    it('should show the merchant, number, amount, status and the card that paid', async () => {
      const subscription = await subscribe(fixture, { cardNumber: '5555555555554444' });
      const invoice: Stripe.Invoice = await fixture.stripe.invoices.retrieve(subscription.latest_invoice as string);

      const response = await fetch(`${fixture.service.url}${new URL(invoice.hosted_invoice_url ?? '').pathname}`);
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(html).toContain('<p>Play-Along</p>');
      expect(html).toContain(`<h1>Invoice ${invoice.number}</h1>`);
      expect(html).toContain('$9.99');
      expect(html).toContain('<dt>Status</dt><dd>Paid</dd>');
      expect(html).toContain('Paid with card <span aria-hidden="true">••••</span><span class="visually-hidden">ending in</span> 4444');
    });

    it('should answer 404 with an explanation when the invoice does not exist', async () => {
      const response = await fetch(`${fixture.service.url}/i/in_missing`);

      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<h1>Invoice not found</h1>');
    });
  });
});
