import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents, isConditionalCheckFailed, modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import type { MembershipStatus } from './membership-status';

/** Claims a Stripe event for processing; false when it was already processed (or is in flight). */
export async function claimEvent(stripeEventId: string, type: string): Promise<boolean> {
  const now = new Date().toISOString();
  try {
    await documents.send(
      new PutCommand({
        TableName: requireEnv('PAYMENT_EVENT_TABLE'),
        Item: { stripeEventId, type, processedAt: now, ...modelAttributes('PaymentEvent', now) },
        ConditionExpression: 'attribute_not_exists(stripeEventId)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}

/** Gives a failed event back so Stripe's retry can process it. */
export async function releaseEvent(stripeEventId: string): Promise<void> {
  await documents.send(new DeleteCommand({ TableName: requireEnv('PAYMENT_EVENT_TABLE'), Key: { stripeEventId } }));
}

export interface PaidOrder {
  sessionId: string;
  userId: string;
  product: 'COURSE' | 'MEMBERSHIP';
  courseId?: string;
  amountCents: number;
  currency: string;
}

/** Upsert: normally the PENDING order exists, but a paid session is recorded even if it does not. */
export async function markOrderPaid(order: PaidOrder): Promise<void> {
  const now = new Date().toISOString();
  await documents.send(
    new UpdateCommand({
      TableName: requireEnv('ORDER_TABLE'),
      Key: { id: order.sessionId },
      UpdateExpression: [
        'SET #status = :paid, paidAt = if_not_exists(paidAt, :now), updatedAt = :now',
        'stripeSessionId = :sessionId, userId = if_not_exists(userId, :userId)',
        'product = if_not_exists(product, :product), amountCents = if_not_exists(amountCents, :amount)',
        'currency = if_not_exists(currency, :currency), createdAt = if_not_exists(createdAt, :now)',
        '#typename = if_not_exists(#typename, :typename)',
        ...(order.courseId ? ['courseId = if_not_exists(courseId, :courseId)'] : []),
      ].join(', '),
      ExpressionAttributeNames: { '#status': 'status', '#typename': '__typename' },
      ExpressionAttributeValues: {
        ':paid': 'PAID',
        ':now': now,
        ':sessionId': order.sessionId,
        ':userId': order.userId,
        ':product': order.product,
        ':amount': order.amountCents,
        ':currency': order.currency,
        ':typename': 'Order',
        ...(order.courseId ? { ':courseId': order.courseId } : {}),
      },
    }),
  );
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

/** Idempotent: an existing enrollment is left as it is. */
export async function grantEnrollment(userId: string, courseId: string, orderId: string): Promise<void> {
  const now = new Date().toISOString();
  try {
    await documents.send(
      new PutCommand({
        TableName: requireEnv('ENROLLMENT_TABLE'),
        Item: { userId, courseId, source: 'PURCHASE', orderId, ...modelAttributes('Enrollment', now) },
        ConditionExpression: 'attribute_not_exists(userId)',
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

export interface MembershipChange {
  userId: string;
  status: MembershipStatus;
  stripeCustomerId?: string;
  stripeSubscriptionId?: string;
  currentPeriodEnd?: string;
  /** Stripe's event.created (seconds): older events than the last applied one change nothing. */
  eventCreated: number;
}

export async function applyMembership(change: MembershipChange): Promise<void> {
  const now = new Date().toISOString();
  const optional: [string, string | undefined][] = [
    ['stripeCustomerId', change.stripeCustomerId],
    ['stripeSubscriptionId', change.stripeSubscriptionId],
    ['currentPeriodEnd', change.currentPeriodEnd],
  ];
  const present = optional.filter((entry): entry is [string, string] => entry[1] !== undefined);
  try {
    await documents.send(
      new UpdateCommand({
        TableName: requireEnv('MEMBERSHIP_TABLE'),
        Key: { userId: change.userId },
        UpdateExpression: [
          'SET #status = :status, updatedAt = :now, stripeEventCreated = :created',
          'createdAt = if_not_exists(createdAt, :now), #typename = if_not_exists(#typename, :typename)',
          ...present.map(([name]) => `${name} = :${name}`),
        ].join(', '),
        ConditionExpression: 'attribute_not_exists(stripeEventCreated) OR stripeEventCreated <= :created',
        ExpressionAttributeNames: { '#status': 'status', '#typename': '__typename' },
        ExpressionAttributeValues: {
          ':status': change.status,
          ':now': now,
          ':created': change.eventCreated,
          ':typename': 'Membership',
          ...Object.fromEntries(present.map(([name, value]) => [`:${name}`, value])),
        },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}
