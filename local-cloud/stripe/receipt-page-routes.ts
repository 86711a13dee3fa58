import type { ServerResponse } from 'node:http';
import { sendHtml } from './http-io';
import { renderReceiptNotFoundPage, renderReceiptPage, type Receipt } from './receipt-page';
import type { StripeContext } from './stripe-context';

/** The receipt page at /receipts/<charge id> (a charge's `receipt_url`); anyone with the link may see it, as at Stripe. */
export function serveReceiptPage(context: StripeContext, chargeId: string, response: ServerResponse): void {
  const receipt = receiptFor(context, chargeId);
  if (!receipt) {
    sendHtml(response, 404, renderReceiptNotFoundPage());
    return;
  }
  sendHtml(response, 200, renderReceiptPage(receipt));
}

function receiptFor(context: StripeContext, chargeId: string): Receipt | null {
  const { state } = context.store;
  const charge = state.charges[chargeId];
  if (!charge) return null;
  const record = Object.values(state.checkoutSessions).find((candidate) => candidate.paymentIntentId === charge.payment_intent);
  if (!record) {
    const items = [{ description: charge.description ?? 'Payment', quantity: 1, amountSubtotal: charge.amount }];
    return { charge, items, amountSubtotal: charge.amount, discount: null };
  }
  const { session } = record;
  const promotionCodeId = session.discounts[0]?.promotion_code;
  const promotionCode = typeof promotionCodeId === 'string' ? state.promotionCodes[promotionCodeId] : undefined;
  const amountDiscount = session.total_details.amount_discount;
  return {
    charge,
    items: record.lineItems.map((item) => ({ description: item.description, quantity: item.quantity, amountSubtotal: item.amount_subtotal })),
    amountSubtotal: session.amount_subtotal,
    discount: amountDiscount > 0 ? { amount: amountDiscount, code: promotionCode?.code ?? null } : null,
  };
}
