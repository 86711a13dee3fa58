import type Stripe from 'stripe';
import { noSuchObject } from './errors';
import { nowSeconds } from './ids';
import type { StripeContext } from './stripe-context';

export function findCoupon(context: StripeContext, id: string): Stripe.Coupon {
  const coupon = context.store.state.coupons[id];
  if (!coupon) throw noSuchObject('coupon', id);
  return coupon;
}

/** Whether the coupon can still be redeemed: not past `redeem_by` nor `max_redemptions`. */
export function couponIsRedeemable(coupon: Stripe.Coupon): boolean {
  if (coupon.redeem_by !== null && coupon.redeem_by <= nowSeconds()) return false;
  return coupon.max_redemptions === null || coupon.times_redeemed < coupon.max_redemptions;
}

/**
 * What the coupon takes off each amount (line subtotals in one currency): a percentage is rounded per line, as
 * Stripe rounds it; a fixed amount is capped at the total and shared in proportion, the last line taking the rest.
 */
export function couponDiscounts(coupon: Stripe.Coupon, amounts: readonly number[]): number[] {
  if (coupon.percent_off !== null) {
    const percent = coupon.percent_off;
    return amounts.map((amount) => Math.round((amount * percent) / 100));
  }
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  const off = Math.min(coupon.amount_off ?? 0, total);
  let left = off;
  return amounts.map((amount, index) => {
    const share = index === amounts.length - 1 ? left : Math.floor((off * amount) / total);
    left -= share;
    return share;
  });
}
