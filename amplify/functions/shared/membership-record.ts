import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents } from './dynamo';
import { requireEnv } from './env';

export type MembershipRecord = Schema['Membership']['type'];

/** The user's Membership row as the webhook last wrote it, or null when they never subscribed. */
export async function getMembership(userId: string): Promise<MembershipRecord | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('MEMBERSHIP_TABLE'), Key: { userId } }));
  return (Item as MembershipRecord | undefined) ?? null;
}
