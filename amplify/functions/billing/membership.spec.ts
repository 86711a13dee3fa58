import '../shared/testing/quiet-logs';
import type Stripe from 'stripe';
import { userIdentity } from '../shared/testing/appsync-events';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { useLocalStripe } from '../shared/testing/local-stripe';
import { BillingStripe, callBilling } from './billing-test-kit';

describe('billing handler: the caller’s membership (local Stripe)', () => {
  const tables = useLocalTables(['MEMBERSHIP_TABLE', 'ORDER_TABLE', 'AUDIT_ENTRY_TABLE']);
  const stripe = useLocalStripe(new BillingStripe(), 'http://localhost:4200/');
  let members = 0;

  /** A subscribed user whose Membership record the webhook would have written. */
  async function member(status = 'ACTIVE'): Promise<{ userId: string; subscription: Stripe.Subscription }> {
    const userId = `member-${++members}`;
    const subscription = await stripe.subscribe(userId);
    await tables.put('MEMBERSHIP_TABLE', {
      userId, status, stripeCustomerId: String(subscription.customer), stripeSubscriptionId: subscription.id, cancelAtPeriodEnd: false,
    });
    return { userId, subscription };
  }

  const as = (userId: string) => userIdentity(userId);

  describe('getMembershipPlan', () => {
    it('should offer the configured monthly price to a guest', async () => {
      process.env['MEMBERSHIP_PRICE_CENTS'] = '1900';

      expect(await callBilling('getMembershipPlan', {}, null)).toEqual({ priceCents: 1900, currency: 'usd', interval: 'month' });
    });
  });

  describe('openBillingPortal', () => {
    it('should open the portal for the caller’s customer and return to the page of this site it names', async () => {
      const { userId } = await member();

      const portal = (await callBilling('openBillingPortal', { returnPath: '/account/orders?tab=invoices' }, as(userId))) as { url: string };

      expect(new URL(portal.url).pathname).toMatch(/^\/p\/session\/bps_/);
      const page = await (await fetch(portal.url)).text();
      expect(page).toContain('href="http://localhost:4200/account/orders?tab=invoices"');
    }, 20_000);

    it('should return to the membership page when no returnPath is given', async () => {
      const { userId } = await member();

      const portal = (await callBilling('openBillingPortal', {}, as(userId))) as { url: string };

      expect(await (await fetch(portal.url)).text()).toContain('href="http://localhost:4200/account/membership"');
    }, 20_000);

    it('should refuse with NotFound when the caller has no Stripe customer yet', async () => {
      await tables.put('MEMBERSHIP_TABLE', { userId: 'no-customer', status: 'CANCELED' });

      await expectAsync(callBilling('openBillingPortal', {}, as('no-customer'))).toBeRejectedWithError(
        'NotFound: you have no membership to manage yet',
      );
      await expectAsync(callBilling('openBillingPortal', {}, as('never-subscribed'))).toBeRejectedWithError(/^NotFound: /);
    });

    it('should refuse with BadRequest when the returnPath could lead to another site', async () => {
      const { userId } = await member();

      for (const returnPath of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'account', '', '/a\nb']) {
        await expectAsync(callBilling('openBillingPortal', { returnPath }, as(userId)))
          .withContext(JSON.stringify(returnPath))
          .toBeRejectedWithError(/^BadRequest: returnPath /);
      }
    }, 20_000);

    it('should refuse with Unauthorized when the caller is a guest', async () => {
      await expectAsync(callBilling('openBillingPortal', {}, null)).toBeRejectedWithError(/^Unauthorized: /);
    });
  });

  describe('setMembershipRenewal', () => {
    it('should set the subscription to end at its period end in Stripe and leave our record to the webhook', async () => {
      const { userId, subscription } = await member();
      const before = await tables.get('MEMBERSHIP_TABLE', { userId });

      expect(await callBilling('setMembershipRenewal', { cancelAtPeriodEnd: true }, as(userId))).toBeTrue();

      expect((await stripe.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBeTrue();
      expect(await tables.get('MEMBERSHIP_TABLE', { userId })).toEqual(before);
    }, 20_000);

    it('should resume renewing in Stripe when the caller changes their mind', async () => {
      const { userId, subscription } = await member();
      await callBilling('setMembershipRenewal', { cancelAtPeriodEnd: true }, as(userId));

      await callBilling('setMembershipRenewal', { cancelAtPeriodEnd: false }, as(userId));

      expect((await stripe.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBeFalse();
    }, 20_000);

    it('should refuse with Conflict and leave Stripe alone when the membership has ended', async () => {
      const { userId, subscription } = await member('CANCELED');

      await expectAsync(callBilling('setMembershipRenewal', { cancelAtPeriodEnd: false }, as(userId))).toBeRejectedWithError(/^Conflict: /);
      await expectAsync(callBilling('setMembershipRenewal', { cancelAtPeriodEnd: true }, as(userId))).toBeRejectedWithError(/^Conflict: /);
      expect((await stripe.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBeFalse();
    }, 20_000);

    it('should refuse with NotFound when the caller has no subscription', async () => {
      await expectAsync(callBilling('setMembershipRenewal', { cancelAtPeriodEnd: true }, as('never-subscribed'))).toBeRejectedWithError(
        /^NotFound: /,
      );
    });

    it('should refuse with BadRequest when cancelAtPeriodEnd is not a boolean', async () => {
      await expectAsync(callBilling('setMembershipRenewal', { cancelAtPeriodEnd: 'yes' }, as('anyone'))).toBeRejectedWithError(/^BadRequest: /);
    });
  });

  describe('listMyInvoices', () => {
    it('should list the caller’s own invoices, with the period they paid for', async () => {
      const mine = await member();
      const theirs = await member();

      const invoices = (await callBilling('listMyInvoices', {}, as(mine.userId))) as Record<string, unknown>[];

      const [item] = mine.subscription.items.data;
      const { data: inStripe } = await stripe.stripe.invoices.list({ customer: String(mine.subscription.customer) });
      expect(inStripe.length).toBe(1);
      expect(invoices).toEqual([
        {
          id: inStripe[0].id,
          number: inStripe[0].number,
          amountPaidCents: 1500,
          currency: 'usd',
          status: 'paid',
          createdAt: new Date(inStripe[0].created * 1000).toISOString(),
          periodStart: new Date(item.current_period_start * 1000).toISOString(),
          periodEnd: new Date(item.current_period_end * 1000).toISOString(),
          hostedInvoiceUrl: inStripe[0].hosted_invoice_url ?? null,
        },
      ]);
      const { data: theirInvoices } = await stripe.stripe.invoices.list({ customer: String(theirs.subscription.customer) });
      expect(theirInvoices.length).toBe(1);
      expect(invoices.map((invoice) => invoice['id'])).not.toContain(theirInvoices[0].id);
    }, 20_000);

    it('should list nothing when the caller has never subscribed', async () => {
      expect(await callBilling('listMyInvoices', {}, as('never-subscribed'))).toEqual([]);
    });

    it('should refuse with Unauthorized when the caller is a guest', async () => {
      await expectAsync(callBilling('listMyInvoices', {}, null)).toBeRejectedWithError(/^Unauthorized: /);
    });
  });
});
