import type Stripe from 'stripe';
import { useStripeStandIn } from './stripe-test-harness';
import { advanceClock, membershipName, publishedEvents, subscribe } from './subscription-test-kit';

const returnUrl = 'http://localhost:4200/account';

describe('local Stripe billing portal', () => {
  const { fixture } = useStripeStandIn();

  async function openPortal(subscription: Stripe.Subscription): Promise<Stripe.BillingPortal.Session> {
    return fixture.stripe.billingPortal.sessions.create({ customer: subscription.customer as string, return_url: returnUrl });
  }

  function pagePath(session: Stripe.BillingPortal.Session): string {
    return `${fixture.service.url}${new URL(session.url).pathname}`;
  }

  function post(session: Stripe.BillingPortal.Session, fields: Record<string, string>): Promise<Response> {
    return fetch(pagePath(session), { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  }

  describe('billingPortal.sessions.create', () => {
    it('should return a billing_portal.session whose url opens the local portal page', async () => {
      const subscription = await subscribe(fixture);

      const session = await openPortal(subscription);

      expect(session).toEqual(
        jasmine.objectContaining({
          object: 'billing_portal.session',
          customer: subscription.customer as string,
          return_url: returnUrl,
          livemode: false,
          url: `http://localhost:${new URL(fixture.service.url).port}/p/session/${session.id}`,
        }),
      );
      expect(session.id).toMatch(/^bps_/);
    });

    it('should answer 404 resource_missing naming customer when the customer does not exist', async () => {
      await expectAsync(fixture.stripe.billingPortal.sessions.create({ customer: 'cus_missing', return_url: returnUrl })).toBeRejectedWith(
        jasmine.objectContaining({ statusCode: 404, code: 'resource_missing', param: 'customer' }),
      );
    });
  });

  describe('portal page', () => {
    it('should show the plan, its price, the renewal date, the invoices and the way back', async () => {
      const subscription = await subscribe(fixture);
      const session = await openPortal(subscription);
      const invoice = await fixture.stripe.invoices.retrieve(subscription.latest_invoice as string);

      const response = await fetch(pagePath(session));
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(html).toContain(`>${membershipName}</h3>`);
      expect(html).toContain('<p>$9.99 per month</p>');
      expect(html).toContain('<p>Status: Active</p>');
      expect(html).toMatch(/<p>Renews on [A-Z][a-z]+ \d{1,2}, \d{4}<\/p>/);
      expect(html).toContain('<button type="submit" name="action" value="review-cancel">Cancel subscription</button>');
      expect(html).toContain(`<a href="${invoice.hosted_invoice_url}">Invoice ${invoice.number}</a>`);
      expect(html).toContain(`<a href="${returnUrl}">Return to Play-Along</a>`);
    });

    it('should ask for confirmation before cancelling and change nothing yet', async () => {
      const subscription = await subscribe(fixture);
      const session = await openPortal(subscription);

      const response = await post(session, { action: 'review-cancel', subscription: subscription.id });
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(html).toContain('<h1>Cancel your subscription?</h1>');
      expect(html).toContain('<button type="submit" name="action" value="cancel">Confirm cancellation</button>');
      expect((await fixture.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBeFalse();
    });

    it('should set cancel_at_period_end and emit customer.subscription.updated when the cancellation is confirmed', async () => {
      const subscription = await subscribe(fixture);
      const session = await openPortal(subscription);

      const response = await post(session, { action: 'cancel', subscription: subscription.id });
      const [event] = await publishedEvents(fixture, 'customer.subscription.updated');

      expect(response.status).toBe(303);
      expect((await fixture.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBeTrue();
      expect(event?.data.previous_attributes).toEqual(jasmine.objectContaining({ cancel_at_period_end: false }));
    });

    it('should say the subscription cancels at period end and offer to renew it after cancelling', async () => {
      const subscription = await subscribe(fixture);
      const session = await openPortal(subscription);
      const cancelled = await post(session, { action: 'cancel', subscription: subscription.id });

      const html = await (await fetch(`${fixture.service.url}${cancelled.headers.get('location')}`)).text();

      expect(html).toMatch(/<p>Cancels on [A-Z][a-z]+ \d{1,2}, \d{4}<\/p>/);
      expect(html).toContain('role="status"');
      expect(html).toContain('You keep access until');
      expect(html).toContain('<button type="submit" name="action" value="renew">Renew subscription</button>');
    });

    it('should resume the subscription when Renew subscription is pressed', async () => {
      const subscription = await subscribe(fixture);
      const session = await openPortal(subscription);
      await post(session, { action: 'cancel', subscription: subscription.id });

      await post(session, { action: 'renew', subscription: subscription.id });

      expect(await fixture.stripe.subscriptions.retrieve(subscription.id)).toEqual(
        jasmine.objectContaining({ cancel_at_period_end: false, cancel_at: null }),
      );
    });

    it("should refuse to change another customer's subscription", async () => {
      const mine = await subscribe(fixture);
      const theirs = await subscribe(fixture);
      const session = await openPortal(mine);

      const response = await post(session, { action: 'cancel', subscription: theirs.id });

      expect(response.status).toBe(400);
      expect((await fixture.stripe.subscriptions.retrieve(theirs.id)).cancel_at_period_end).toBeFalse();
    });

    it('should show an error page when the session does not exist', async () => {
      const response = await fetch(`${fixture.service.url}/p/session/bps_missing`);

      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<h1>Session not found</h1>');
    });

    it('should show an expiry page with the way back after five minutes without activity', async () => {
      const session = await openPortal(await subscribe(fixture));
      await advanceClock(fixture, 5 * 60 + 1);

      const response = await fetch(pagePath(session));
      const html = await response.text();

      expect(response.status).toBe(410);
      expect(html).toContain('<h1>Session expired</h1>');
      expect(html).toContain(`<a href="${returnUrl}">Return to Play-Along</a>`);
    });
  });
});
