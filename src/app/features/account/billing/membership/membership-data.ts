import { BackendError, backendCall } from '../../../../core/data/backend-call';
import type { DataClientService } from '../../../../core/data/data-client';
import { formatPrice } from '../../../../shared/price.pipe';
import type { MembershipPlan, MembershipRecord } from '../billing-types';

/** The signed-in user's membership record, or null when they never had one. */
export async function fetchMembership(data: DataClientService, userId: string): Promise<MembershipRecord | null> {
  return (await backendCall(data.client.models.Membership.get({ userId }))) ?? null;
}

export async function fetchMembershipPlan(data: DataClientService): Promise<MembershipPlan> {
  const plan = await backendCall(data.client.queries.getMembershipPlan());
  if (!plan) throw new BackendError('server', $localize`:@@account.membership.planUnavailable:The membership plan is not available right now. Please try again in a moment.`);
  return plan;
}

/** "$15.00/month"; an interval other than month or year is shown as the backend names it. */
export function pricePerInterval(cents: number, currency: string | null | undefined, interval: string, locale?: string): string {
  const price = formatPrice(cents, currency, locale);
  switch (interval) {
    case 'month':
      return $localize`:@@account.membership.pricePerMonth:${price}:price:/month`;
    case 'year':
      return $localize`:@@account.membership.pricePerYear:${price}:price:/year`;
    default:
      return `${price}/${interval}`;
  }
}

/** ACTIVE and PAST_DUE memberships are live: they renew (or end at the period end) and unlock every course. */
export function isLive(membership: MembershipRecord | null): membership is MembershipRecord {
  return membership?.status === 'ACTIVE' || membership?.status === 'PAST_DUE';
}
