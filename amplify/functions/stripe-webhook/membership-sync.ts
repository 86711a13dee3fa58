import { notReady } from '../shared/errors';
import { logger } from '../shared/logger';
import { getMembership, writeMembership, type StoredMembership, type SubscriptionState } from './membership-store';

export type FetchSubscription = (subscriptionId: string) => Promise<SubscriptionState>;

/** What one applied event changed: the membership as it was and the state written over it. */
export interface MembershipChange {
  readonly before: StoredMembership | undefined;
  readonly after: SubscriptionState;
}

const attempts = 3;

/**
 * Applies one subscription event's state to the user's membership. Only the user's current
 * subscription moves it, except that a live subscription replaces a canceled one. Ordering uses
 * Stripe's `event.created` (seconds): an older event changes nothing; for one from the same second,
 * or one that would switch subscriptions, the state is re-fetched from Stripe, which is always current.
 */
export async function syncMembership(
  userId: string,
  reported: SubscriptionState,
  eventCreated: number,
  fetchSubscription: FetchSubscription,
): Promise<MembershipChange | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const current = await getMembership(userId);
    const state = await stateToApply(current, reported, eventCreated, fetchSubscription);
    if (!state) return undefined;
    const created = Math.max(eventCreated, current?.stripeEventCreated ?? 0);
    if (await writeMembership(userId, state, created, current)) return { before: current, after: state };
  }
  throw notReady(`membership of ${userId} kept changing; Stripe will retry`);
}

async function stateToApply(
  current: StoredMembership | undefined,
  reported: SubscriptionState,
  eventCreated: number,
  fetchSubscription: FetchSubscription,
): Promise<SubscriptionState | undefined> {
  const currentId = current?.stripeSubscriptionId;
  if (currentId !== undefined && currentId !== reported.subscriptionId) {
    if (current?.status !== 'CANCELED') return ignore('not the current subscription', reported);
    const fetched = await fetchSubscription(reported.subscriptionId);
    return fetched.status === 'CANCELED' ? ignore('a canceled subscription does not replace another', reported) : fetched;
  }
  const lastApplied = current?.stripeEventCreated;
  if (lastApplied === undefined || eventCreated > lastApplied) return reported;
  if (eventCreated < lastApplied) return ignore('older than the last event applied', reported);
  return fetchSubscription(reported.subscriptionId);
}

function ignore(reason: string, reported: SubscriptionState): undefined {
  logger.info(`Subscription event ignored: ${reason}`, { subscriptionId: reported.subscriptionId });
  return undefined;
}
