import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Schema } from '../../data/resource';
import { documents } from '../shared/dynamo';
import { requireEnv } from '../shared/env';

type Profile = Pick<Schema['UserProfile']['type'], 'displayName' | 'email'>;

/**
 * The name printed on the certificate: the display name the student chose in Settings, else the
 * verified email copied to their profile at sign-up. Never a name sent by the browser.
 */
export async function holderName(userId: string): Promise<string | null> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: requireEnv('USER_PROFILE_TABLE'), Key: { userId }, ProjectionExpression: 'displayName, email' }),
  );
  const profile = Item as Profile | undefined;
  return profile?.displayName?.trim() || profile?.email || null;
}
