import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation } from '../shared/appsync-event';
import { conflict, notFound, resolveWith, unauthorized } from '../shared/errors';
import { requireEnv } from '../shared/env';
import { callerOf } from '../shared/identity';
import { correlate, logger } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { MEMBERSHIP_CURRENCY, membershipPriceCents } from '../shared/membership-plan';
import { getMembership, type MembershipRecord } from '../shared/membership-record';
import { stripeClient } from '../shared/stripe-client';
import { courseCheckoutParams, membershipCheckoutParams, MEMBERSHIP_NAME, type Buyer } from './checkout-params';
import * as store from './checkout-store';
import { startCheckoutArgs } from './schema';

type StartCheckout = Schema['startCheckout']['functionHandler'];
type CheckoutSession = Schema['CheckoutSession']['type'];

/** Creates a Stripe Checkout Session priced from our records and a PENDING order for it. */
export const handler = (async (event, context?: Context) => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    const caller = callerOf(event.identity);
    if (!caller) throw unauthorized('sign in to buy');
    const email = emailClaim(event.identity);
    return startCheckout(event.arguments, { userId: caller.sub, ...(email ? { email } : {}) });
  });
}) satisfies StartCheckout;

export async function startCheckout(rawArguments: unknown, buyer: Buyer): Promise<CheckoutSession> {
  const args = parseArgs(startCheckoutArgs, rawArguments);
  const appOrigin = requireEnv('APP_ORIGIN').replace(/\/+$/, '');

  let params;
  let order;
  if (args.product === 'COURSE') {
    const course = await store.getCourse(args.courseId);
    if (!course || course.status !== 'PUBLISHED') throw notFound('no such course');
    if (await store.isEnrolled(buyer.userId, course.id)) throw conflict('you are already enrolled in this course');
    const membership = await getMembership(buyer.userId);
    params = courseCheckoutParams(course, withCustomer(buyer, membership), appOrigin);
    order = {
      product: 'COURSE' as const, courseId: course.id, amountCents: course.priceCents, currency: course.currency.toLowerCase(),
      description: course.title,
    };
  } else {
    const membership = await getMembership(buyer.userId);
    // A past-due subscription is still live: Stripe keeps retrying it, so a second one would double-charge.
    if (membership && membership.status !== 'CANCELED') throw conflict('you already have a membership; manage it on your membership page');
    const priceCents = membershipPriceCents();
    params = membershipCheckoutParams(priceCents, withCustomer(buyer, membership), appOrigin);
    order = { product: 'MEMBERSHIP' as const, courseId: null, amountCents: priceCents, currency: MEMBERSHIP_CURRENCY, description: MEMBERSHIP_NAME };
  }

  // One key per checkout attempt: the SDK's network retries of this call can never open a second session.
  const session = await stripeClient().checkout.sessions.create(params, { idempotencyKey: `checkout-${randomUUID()}` });
  if (!session.url) throw new Error('Stripe returned a session without a URL');
  await store.putPendingOrder({ ...order, userId: buyer.userId, stripeSessionId: session.id });
  logger.info('Checkout started', { sessionId: session.id, product: args.product });
  return { sessionId: session.id, url: session.url };
}

function withCustomer(buyer: Buyer, membership: MembershipRecord | null): Buyer {
  return membership?.stripeCustomerId ? { ...buyer, stripeCustomerId: membership.stripeCustomerId } : buyer;
}

function emailClaim(identity: unknown): string | undefined {
  const claims = (identity as { claims?: Record<string, unknown> } | null)?.claims;
  const email = claims?.['email'];
  return typeof email === 'string' && email.includes('@') ? email : undefined;
}
