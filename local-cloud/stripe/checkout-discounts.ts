import type Stripe from 'stripe';
import { couponDiscounts } from './coupons';
import { newId, nowSeconds } from './ids';
import type { CheckoutSessionRecord } from './objects';
import { redeemablePromotionCode } from './promotion-codes';
import type { StripeContext } from './stripe-context';

/** A promotion code applied to a session before payment: what it takes off each line item and in total. */
export interface CheckoutDiscount {
  promotionCode: Stripe.PromotionCode;
  coupon: Stripe.Coupon;
  lineAmounts: number[];
  amountDiscount: number;
}

/** The discount a typed code gives this session, or null when Checkout would answer "This code is invalid." */
export function checkoutDiscount(context: StripeContext, record: CheckoutSessionRecord, typed: string): CheckoutDiscount | null {
  const { session } = record;
  if (!session.allow_promotion_codes) return null;
  const found = redeemablePromotionCode(context, typed, { amountSubtotal: session.amount_subtotal, currency: session.currency });
  if (!found) return null;
  const lineAmounts = couponDiscounts(found.coupon, record.lineItems.map((item) => item.amount_subtotal));
  return { ...found, lineAmounts, amountDiscount: lineAmounts.reduce((sum, amount) => sum + amount, 0) };
}

/**
 * Writes a paid session's discount where Stripe shows it: the session's `discounts`, `total_details` and
 * `amount_total`, each line item's `amount_discount`, `amount_total` and `discounts`; the code and its coupon
 * count one more redemption. Call once the session has its customer and subscription.
 */
export function recordCheckoutDiscount(record: CheckoutSessionRecord, applied: CheckoutDiscount): Stripe.Discount {
  const { session } = record;
  const { promotionCode, coupon, lineAmounts, amountDiscount } = applied;
  const discount: Stripe.Discount = {
    id: newId('di'),
    object: 'discount',
    checkout_session: session.id,
    customer: session.customer,
    customer_account: null,
    end: null,
    invoice: null,
    invoice_item: null,
    promotion_code: promotionCode.id,
    source: { coupon: coupon.id, type: 'coupon' },
    start: nowSeconds(),
    subscription: session.subscription,
    subscription_item: null,
  };
  record.lineItems.forEach((item, index) => {
    const amount = lineAmounts[index] ?? 0;
    item.amount_discount = amount;
    item.amount_total = item.amount_subtotal - amount;
    item.discounts = [{ amount, discount }];
  });
  session.discounts = [{ coupon: coupon.id, promotion_code: promotionCode.id }];
  session.total_details = { ...session.total_details, amount_discount: amountDiscount };
  session.amount_total = session.amount_subtotal - amountDiscount;
  promotionCode.times_redeemed += 1;
  coupon.times_redeemed += 1;
  return discount;
}
