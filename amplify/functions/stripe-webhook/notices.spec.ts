import { membershipNotice } from './notices';

const before = { status: 'ACTIVE' as const, stripeSubscriptionId: 'sub_1', currentPeriodEnd: '2026-12-01T00:00:00.000Z', cancelAtPeriodEnd: false };
const active = { subscriptionId: 'sub_1', status: 'ACTIVE' as const, currentPeriodEnd: '2026-12-01T00:00:00.000Z', cancelAtPeriodEnd: false, priceCents: 1500, currency: 'usd' };

describe('membershipNotice', () => {
  it('should announce a renewal with its charge when the same active subscription moves to a later period', () => {
    expect(membershipNotice('u', { before, after: { ...active, currentPeriodEnd: '2027-01-01T00:00:00.000Z' } })).toEqual({
      kind: 'membership-renewed', userId: 'u', paidThrough: '2027-01-01T00:00:00.000Z', priceCents: 1500, currency: 'usd',
    });
  });

  it('should announce nothing when the first period appears (the checkout’s receipt covers it)', () => {
    expect(membershipNotice('u', { before: { status: 'ACTIVE', stripeSubscriptionId: 'sub_1' }, after: active })).toBeUndefined();
    expect(membershipNotice('u', { before: undefined, after: active })).toBeUndefined();
  });

  it('should announce nothing when an event repeats the period already recorded', () => {
    expect(membershipNotice('u', { before, after: active })).toBeUndefined();
  });

  it('should announce the end date when the membership is newly set to cancel at the period’s end', () => {
    expect(membershipNotice('u', { before, after: { ...active, cancelAtPeriodEnd: true } })).toEqual({
      kind: 'membership-canceling', userId: 'u', endsAt: '2026-12-01T00:00:00.000Z',
    });
  });

  it('should not repeat the cancellation notice when a later event still says it will cancel', () => {
    expect(membershipNotice('u', { before: { ...before, cancelAtPeriodEnd: true }, after: { ...active, cancelAtPeriodEnd: true } })).toBeUndefined();
  });

  it('should announce the end once when the subscription becomes CANCELED', () => {
    expect(membershipNotice('u', { before, after: { ...active, status: 'CANCELED' } })).toEqual({ kind: 'membership-ended', userId: 'u' });
    expect(membershipNotice('u', { before: { ...before, status: 'CANCELED' }, after: { ...active, status: 'CANCELED' } })).toBeUndefined();
  });

  it('should not call a past-due subscription renewed', () => {
    expect(membershipNotice('u', { before, after: { ...active, status: 'PAST_DUE', currentPeriodEnd: '2027-01-01T00:00:00.000Z' } })).toBeUndefined();
  });
});
