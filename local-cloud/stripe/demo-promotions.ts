import type Stripe from 'stripe';
import { nowSeconds } from './ids';
import type { StateStore } from './state-store';

interface DemoPromotion {
  code: string;
  percentOff: number;
  active: boolean;
  expiresAt: number | null;
}

/** LEARN20 works; the other two show how Checkout refuses an expired and a deactivated code. */
const demoPromotions: readonly DemoPromotion[] = [
  { code: 'LEARN20', percentOff: 20, active: true, expiresAt: null },
  { code: 'EXPIRED10', percentOff: 10, active: true, expiresAt: Date.UTC(2025, 0, 1) / 1000 },
  { code: 'RETIRED15', percentOff: 15, active: false, expiresAt: null },
];

/** Adds each demo promotion code (and its coupon) that the state does not have yet; ids are fixed, so this runs on every start. */
export function seedDemoPromotions(store: StateStore): void {
  const { coupons, promotionCodes } = store.state;
  const missing = demoPromotions.filter((demo) => !promotionCodes[promotionCodeId(demo)]);
  for (const demo of missing) {
    const coupon = demoCoupon(demo);
    coupons[coupon.id] ??= coupon;
    promotionCodes[promotionCodeId(demo)] = demoPromotionCode(demo, coupon.id);
  }
  if (missing.length > 0) store.save();
}

function promotionCodeId({ code }: DemoPromotion): string {
  return `promo_demo_${code.toLowerCase()}`;
}

function demoCoupon({ code, percentOff }: DemoPromotion): Stripe.Coupon {
  return {
    id: `demo_${code.toLowerCase()}`,
    object: 'coupon',
    amount_off: null,
    created: nowSeconds(),
    currency: null,
    duration: 'once',
    duration_in_months: null,
    livemode: false,
    max_redemptions: null,
    metadata: {},
    name: `${percentOff}% off`,
    percent_off: percentOff,
    redeem_by: null,
    times_redeemed: 0,
    valid: true,
  };
}

function demoPromotionCode(demo: DemoPromotion, couponId: string): Stripe.PromotionCode {
  return {
    id: promotionCodeId(demo),
    object: 'promotion_code',
    active: demo.active,
    code: demo.code,
    created: nowSeconds(),
    customer: null,
    customer_account: null,
    expires_at: demo.expiresAt,
    livemode: false,
    max_redemptions: null,
    metadata: {},
    promotion: { coupon: couponId, type: 'coupon' },
    restrictions: { first_time_transaction: false, minimum_amount: null, minimum_amount_currency: null },
    times_redeemed: 0,
  };
}
