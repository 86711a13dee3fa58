import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documents, isConditionalCheckFailed } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import type { MembershipStatus } from './membership-status';

/** What we keep about the user's current subscription, and the Stripe `created` of the last event applied. */
export interface StoredMembership {
  status: MembershipStatus;
  stripeSubscriptionId?: string;
  stripeEventCreated?: number;
  currentPeriodEnd?: string;
  cancelAtPeriodEnd?: boolean;
}

/** A subscription's state as an event or Stripe's API reports it. */
export interface SubscriptionState {
  subscriptionId: string;
  status: MembershipStatus;
  stripeCustomerId?: string;
  currentPeriodEnd?: string;
  cancelAtPeriodEnd?: boolean;
  priceCents?: number;
  currency?: string;
}

export async function getMembership(userId: string): Promise<StoredMembership | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: requireEnv('MEMBERSHIP_TABLE'), Key: { userId }, ConsistentRead: true }),
  );
  return Item as StoredMembership | undefined;
}

/**
 * Writes `state` only if the membership is still what the caller read (`expected`), so two events
 * decided on the same snapshot cannot both win; false when it changed in between.
 */
export async function writeMembership(
  userId: string,
  state: SubscriptionState,
  eventCreated: number,
  expected: StoredMembership | undefined,
): Promise<boolean> {
  const now = new Date().toISOString();
  const optional = Object.entries({
    stripeCustomerId: state.stripeCustomerId,
    currentPeriodEnd: state.currentPeriodEnd,
    cancelAtPeriodEnd: state.cancelAtPeriodEnd,
    priceCents: state.priceCents,
    currency: state.currency,
  }).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined);
  // A grace period runs from the first past-due report; any other status ends it.
  const pastDue = state.status === 'PAST_DUE';
  const guard = expected
    ? [
        expected.stripeSubscriptionId === undefined
          ? 'attribute_not_exists(stripeSubscriptionId)'
          : 'stripeSubscriptionId = :expectedSubscription',
        expected.stripeEventCreated === undefined ? 'attribute_not_exists(stripeEventCreated)' : 'stripeEventCreated = :expectedCreated',
      ].join(' AND ')
    : 'attribute_not_exists(userId)';
  try {
    await documents.send(
      new UpdateCommand({
        TableName: requireEnv('MEMBERSHIP_TABLE'),
        Key: { userId },
        UpdateExpression: [
          'SET #status = :status, stripeSubscriptionId = :subscription, stripeEventCreated = :created, updatedAt = :now',
          'createdAt = if_not_exists(createdAt, :now), #typename = if_not_exists(#typename, :typename)',
          ...optional.map(([name]) => `${name} = :${name}`),
          ...(pastDue ? ['pastDueSince = if_not_exists(pastDueSince, :now)'] : []),
        ].join(', ') + (pastDue ? '' : ' REMOVE pastDueSince'),
        ConditionExpression: guard,
        ExpressionAttributeNames: { '#status': 'status', '#typename': '__typename' },
        ExpressionAttributeValues: {
          ':status': state.status,
          ':subscription': state.subscriptionId,
          ':created': eventCreated,
          ':now': now,
          ':typename': 'Membership',
          ...(expected?.stripeSubscriptionId !== undefined ? { ':expectedSubscription': expected.stripeSubscriptionId } : {}),
          ...(expected?.stripeEventCreated !== undefined ? { ':expectedCreated': expected.stripeEventCreated } : {}),
          ...Object.fromEntries(optional.map(([name, value]) => [`:${name}`, value])),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
