import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents, modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

export type CourseRecord = Pick<Schema['Course']['type'], 'id' | 'title' | 'priceCents' | 'currency' | 'status'>;
type OrderRecord = Pick<
  Schema['Order']['type'],
  'id' | 'userId' | 'product' | 'courseId' | 'amountCents' | 'currency' | 'status' | 'stripeSessionId' | 'description'
>;

export async function getCourse(courseId: string): Promise<CourseRecord | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('COURSE_TABLE'), Key: { id: courseId } }));
  return (Item as CourseRecord | undefined) ?? null;
}

export async function isEnrolled(userId: string, courseId: string): Promise<boolean> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: requireEnv('ENROLLMENT_TABLE'), Key: { userId, courseId } }),
  );
  return Item !== undefined;
}

/**
 * The PENDING order, keyed by the Checkout Session id so the webhook finds it without a lookup. A
 * membership order has no courseId attribute at all: courseId keys the ordersByCourse index, which
 * refuses a NULL.
 */
export async function putPendingOrder(order: Omit<OrderRecord, 'id' | 'status'>): Promise<void> {
  const now = new Date().toISOString();
  const { courseId, ...fields } = order;
  await documents.send(
    new PutCommand({
      TableName: requireEnv('ORDER_TABLE'),
      Item: { ...fields, ...(courseId ? { courseId } : {}), id: order.stripeSessionId, status: 'PENDING', ...modelAttributes('Order', now) },
      ConditionExpression: 'attribute_not_exists(id)',
    }),
  );
}
