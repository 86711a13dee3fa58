import type Stripe from 'stripe';
import type { Invoice } from './billing-objects';
import { couponDiscounts } from './coupons';

/**
 * Takes a checkout discount off the subscription's first invoice as Stripe shows it: each line keeps its amount
 * and lists its `discount_amounts`; the invoice's totals and amounts paid drop. A `duration: 'once'` coupon ends
 * there, so later invoices are never passed here.
 */
export function discountFirstInvoice(invoice: Invoice, discount: Stripe.Discount, coupon: Stripe.Coupon): void {
  const lineAmounts = couponDiscounts(coupon, invoice.lines.data.map((line) => line.amount));
  invoice.lines.data.forEach((line, index) => {
    line.discount_amounts = [{ amount: lineAmounts[index] ?? 0, discount: discount.id }];
    line.discounts = [discount.id];
  });
  const amountDiscount = lineAmounts.reduce((sum, amount) => sum + amount, 0);
  const total = invoice.subtotal - amountDiscount;
  invoice.discounts = [discount.id];
  invoice.total_discount_amounts = [{ amount: amountDiscount, discount: discount.id }];
  invoice.total = total;
  invoice.total_excluding_tax = total;
  invoice.amount_due = total;
  invoice.amount_paid = total;
}
