import type Stripe from 'stripe';
import type { AcceptedParams } from './accepted-params';
import { couponIsRedeemable } from './coupons';
import { noSuchObject } from './errors';
import type { Params } from './form-params';
import { nowSeconds } from './ids';
import { listPage, pageParams } from './list-page';
import type { ListObject } from './objects';
import { optionalBoolean, optionalString } from './param-readers';
import type { StripeContext } from './stripe-context';

/** The filters of `GET /v1/promotion_codes` that the stand-in serves. */
export const promotionCodeListParams: AcceptedParams = { ...pageParams, code: 'value', active: 'value', coupon: 'value' };

export function findPromotionCode(context: StripeContext, id: string): Stripe.PromotionCode {
  const promotionCode = context.store.state.promotionCodes[id];
  if (!promotionCode) throw noSuchObject('promotion_code', id);
  return promotionCode;
}

/** `GET /v1/promotion_codes`: newest first, filtered by `code` (case-insensitive, as Stripe compares it), `active` and `coupon`. */
export function listPromotionCodes(context: StripeContext, params: Params): ListObject<Stripe.PromotionCode> {
  const code = optionalString(params, 'code')?.toLowerCase() ?? null;
  const active = optionalBoolean(params, 'active');
  const coupon = optionalString(params, 'coupon');
  const matching = Object.values(context.store.state.promotionCodes)
    .filter((promotionCode) => code === null || promotionCode.code.toLowerCase() === code)
    .filter((promotionCode) => active === null || promotionCode.active === active)
    .filter((promotionCode) => coupon === null || couponIdOf(promotionCode) === coupon)
    .sort((a, b) => b.created - a.created);
  return listPage(matching, params, '/v1/promotion_codes', 'promotion_code');
}

/**
 * The promotion code a customer typed, if Checkout would accept it for this amount: active, not expired, under its
 * redemption limits, its coupon redeemable and in the session's currency, and the order above any minimum amount.
 */
export function redeemablePromotionCode(
  context: StripeContext,
  typed: string,
  order: { amountSubtotal: number; currency: string },
): { promotionCode: Stripe.PromotionCode; coupon: Stripe.Coupon } | null {
  const { state } = context.store;
  const promotionCode = Object.values(state.promotionCodes).find(
    (candidate) => candidate.active && candidate.code.toLowerCase() === typed.trim().toLowerCase(),
  );
  const coupon = promotionCode ? state.coupons[couponIdOf(promotionCode)] : undefined;
  if (!promotionCode || !coupon || !couponIsRedeemable(coupon)) return null;
  if (promotionCode.expires_at !== null && promotionCode.expires_at <= nowSeconds()) return null;
  if (promotionCode.max_redemptions !== null && promotionCode.times_redeemed >= promotionCode.max_redemptions) return null;
  if (coupon.amount_off !== null && coupon.currency !== order.currency) return null;
  const { minimum_amount: minimum, minimum_amount_currency: minimumCurrency } = promotionCode.restrictions;
  if (minimum !== null && (minimumCurrency !== order.currency || order.amountSubtotal < minimum)) return null;
  return { promotionCode, coupon };
}

export function couponIdOf(promotionCode: Stripe.PromotionCode): string {
  const { coupon } = promotionCode.promotion;
  return typeof coupon === 'string' ? coupon : (coupon?.id ?? '');
}
