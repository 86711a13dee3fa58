import { DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents, isConditionalCheckFailed, modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import type { PaymentDetails } from './payment-details';

export type OrderRecord = Pick<
  Schema['Order']['type'],
  'id' | 'userId' | 'product' | 'courseId' | 'amountCents' | 'currency' | 'status' | 'stripeSessionId' | 'stripePaymentIntentId'
>;

/** The GSI Amplify names after `index('stripePaymentIntentId')` on Order. */
const ordersByPaymentIntent = 'ordersByStripePaymentIntentId';

/** The admin-readable log of processed events (the lease itself lives in the idempotency table). */
export async function recordProcessedEvent(stripeEventId: string, type: string): Promise<void> {
  const now = new Date().toISOString();
  await documents.send(
    new PutCommand({
      TableName: requireEnv('PAYMENT_EVENT_TABLE'),
      Item: { stripeEventId, type, processedAt: now, ...modelAttributes('PaymentEvent', now) },
    }),
  );
}

export async function getOrder(orderId: string): Promise<OrderRecord | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: requireEnv('ORDER_TABLE'), Key: { id: orderId }, ConsistentRead: true }),
  );
  return Item as OrderRecord | undefined;
}

export async function findOrderByPaymentIntent(paymentIntentId: string): Promise<OrderRecord | undefined> {
  const { Items } = await documents.send(
    new QueryCommand({
      TableName: requireEnv('ORDER_TABLE'),
      IndexName: ordersByPaymentIntent,
      KeyConditionExpression: 'stripePaymentIntentId = :paymentIntent',
      ExpressionAttributeValues: { ':paymentIntent': paymentIntentId },
    }),
  );
  return Items?.[0] as OrderRecord | undefined;
}

/**
 * PENDING → PAID (repeatable while PAID), with what was charged; false when the order has moved on
 * (expired, refunded, disputed). amountCents becomes the amount charged (the price less discounts).
 */
export async function markOrderPaid(orderId: string, paymentIntentId: string | undefined, details: PaymentDetails): Promise<boolean> {
  const now = new Date().toISOString();
  const fields: Record<string, string | number> = {
    amountCents: details.amountCents,
    discountCents: details.discountCents,
    ...(paymentIntentId ? { stripePaymentIntentId: paymentIntentId } : {}),
    ...(details.promotionCode ? { promotionCode: details.promotionCode } : {}),
    ...(details.receiptUrl ? { receiptUrl: details.receiptUrl } : {}),
  };
  try {
    await documents.send(
      new UpdateCommand({
        TableName: requireEnv('ORDER_TABLE'),
        Key: { id: orderId },
        UpdateExpression: [
          'SET #status = :paid, paidAt = if_not_exists(paidAt, :now), updatedAt = :now',
          ...Object.keys(fields).map((name) => `${name} = :${name}`),
        ].join(', '),
        ConditionExpression: '#status IN (:pending, :paid)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':paid': 'PAID',
          ':pending': 'PENDING',
          ':now': now,
          ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value])),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** PENDING → EXPIRED/FAILED only; a paid order is never downgraded by a late event. */
export async function closePendingOrder(sessionId: string, status: 'EXPIRED' | 'FAILED'): Promise<void> {
  try {
    await documents.send(
      new UpdateCommand({
        TableName: requireEnv('ORDER_TABLE'),
        Key: { id: sessionId },
        UpdateExpression: 'SET #status = :status, updatedAt = :now',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': status, ':pending': 'PENDING', ':now': new Date().toISOString() },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/**
 * Enrolls the buyer only while the order is still PAID, in one transaction, so a refund processed
 * in between can never be followed by a grant. An existing enrollment (e.g. an admin grant) is kept.
 */
export async function grantEnrollment(order: { id: string; userId: string; courseId: string }): Promise<void> {
  const now = new Date().toISOString();
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: requireEnv('ORDER_TABLE'),
              Key: { id: order.id },
              ConditionExpression: '#status = :paid',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':paid': 'PAID' },
            },
          },
          {
            Put: {
              TableName: requireEnv('ENROLLMENT_TABLE'),
              Item: {
                userId: order.userId,
                courseId: order.courseId,
                source: 'PURCHASE',
                orderId: order.id,
                ...modelAttributes('Enrollment', now),
              },
              ConditionExpression: 'attribute_not_exists(userId)',
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (!isConditionsCancelled(error)) throw error;
  }
}

/**
 * PAID → REFUNDED/DISPUTED, then the enrollment this order bought goes (not an admin grant nor
 * another order's). Both steps repeat safely, so a retry after a crash in between finishes the job.
 */
export async function revokeOrder(order: OrderRecord, status: 'REFUNDED' | 'DISPUTED'): Promise<void> {
  try {
    await documents.send(
      new UpdateCommand({
        TableName: requireEnv('ORDER_TABLE'),
        Key: { id: order.id },
        UpdateExpression: 'SET #status = :status, refundedAt = :now, updatedAt = :now',
        ConditionExpression: '#status = :paid',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': status, ':paid': 'PAID', ':now': new Date().toISOString() },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  if (!order.courseId) return;
  try {
    await documents.send(
      new DeleteCommand({
        TableName: requireEnv('ENROLLMENT_TABLE'),
        Key: { userId: order.userId, courseId: order.courseId },
        ConditionExpression: 'orderId = :orderId',
        ExpressionAttributeValues: { ':orderId': order.id },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/** A transaction refused only by its own conditions (not by a conflicting transaction, which is retried). */
function isConditionsCancelled(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return false;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.every((reason) => reason.Code === 'None' || reason.Code === 'ConditionalCheckFailed' || reason.Code === undefined);
}
