import { runConditionalUpdate } from '../shared/iam-data-client';

/**
 * Every Order field the buyer's `Order.onUpdate` subscription selects: AppSync sends subscribers
 * only what the mutation selected (userId included, which the owner rule filters on).
 */
const markFulfilled = /* GraphQL */ `
  mutation MarkOrderFulfilled($input: UpdateOrderInput!, $condition: ModelOrderConditionInput) {
    updateOrder(input: $input, condition: $condition) {
      id userId product courseId amountCents currency status description stripeSessionId stripePaymentIntentId
      discountCents promotionCode receiptUrl paidAt refundedAt fulfilledAt createdAt updatedAt
    }
  }
`;

/**
 * Announces, through AppSync (IAM), that a paid order's access is in place, so the buyer's success
 * page (subscribed to Order.onUpdate) can show it. Runs after the grant and only while the order is
 * still PAID; repeating it after a crash announces again, which subscribers treat the same.
 */
export async function announceFulfilled(orderId: string): Promise<boolean> {
  return runConditionalUpdate('updateOrder', {
    query: markFulfilled,
    variables: { input: { id: orderId, fulfilledAt: new Date().toISOString() }, condition: { status: { eq: 'PAID' } } },
  });
}
