import { randomUUID } from 'node:crypto';
import type { Schema } from '../../data/resource';
import { requireEnv } from '../shared/env';
import { badRequest, conflict, notFound } from '../shared/errors';
import { logger } from '../shared/logger';
import { getMembership } from '../shared/membership-record';
import { stripeClient } from '../shared/stripe-client';
import { toMembershipInvoice } from './membership-invoice';
import { asConflictIfStripeRefused } from './stripe-refusal';

type BillingPortalSession = Schema['BillingPortalSession']['type'];
type MembershipInvoice = Schema['MembershipInvoice']['type'];

/** Stripe's invoice history is paged; a member sees the last two years of monthly invoices. */
const INVOICES_SHOWN = 24;

/** A Stripe customer portal session for the caller's own customer, returning to a page of this site. */
export async function openBillingPortal(userId: string, returnPath: string): Promise<BillingPortalSession> {
  const membership = await getMembership(userId);
  if (!membership?.stripeCustomerId) throw notFound('you have no membership to manage yet');
  const session = await stripeClient().billingPortal.sessions.create({
    customer: membership.stripeCustomerId,
    return_url: sameOriginUrl(returnPath),
  });
  return { url: session.url };
}

/**
 * Asks Stripe to cancel the membership at the end of its period, or to keep renewing it. Our record
 * is left alone: it changes when Stripe's customer.subscription.updated reaches the webhook.
 */
export async function setMembershipRenewal(userId: string, cancelAtPeriodEnd: boolean): Promise<boolean> {
  const membership = await getMembership(userId);
  if (!membership?.stripeSubscriptionId) throw notFound('you have no membership to change');
  if (membership.status === 'CANCELED') throw conflict('your membership has ended; subscribe again to get access back');
  try {
    // One key per request: the SDK's network retries of this call are applied once.
    await stripeClient().subscriptions.update(
      membership.stripeSubscriptionId,
      { cancel_at_period_end: cancelAtPeriodEnd },
      { idempotencyKey: `renewal-${randomUUID()}` },
    );
  } catch (error) {
    throw asConflictIfStripeRefused(error);
  }
  logger.info('Membership renewal changed in Stripe', { subscriptionId: membership.stripeSubscriptionId, cancelAtPeriodEnd });
  return true;
}

/** The caller's most recent invoices, newest first as Stripe lists them; none before a first subscription. */
export async function listMyInvoices(userId: string): Promise<MembershipInvoice[]> {
  const membership = await getMembership(userId);
  if (!membership?.stripeCustomerId) return [];
  const invoices = await stripeClient().invoices.list({ customer: membership.stripeCustomerId, limit: INVOICES_SHOWN });
  return invoices.data.map(toMembershipInvoice);
}

/** The schema already allows only a same-site path; the parsed origin is compared as well. */
function sameOriginUrl(path: string): string {
  const origin = new URL(requireEnv('APP_ORIGIN')).origin;
  const url = `${origin}${path}`;
  if (new URL(url).origin !== origin) throw badRequest('returnPath must be a path on this site');
  return url;
}
