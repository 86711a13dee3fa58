import { CognitoIdentityProviderClient, ListUsersCommand, ListUsersInGroupCommand, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import { requireEnv } from '../shared/env';

/** Endpoint, region and credentials come from the standard AWS SDK environment variables. */
const cognito = new CognitoIdentityProviderClient({});

export interface DirectoryUser {
  readonly sub: string;
  readonly email: string;
}

/**
 * The user who signs in with this email, once they have verified it. Looked up in the user pool,
 * never in UserProfile, whose copy dates from sign-up. Tried as typed, then lowercased, since
 * Cognito's attribute filter compares exactly.
 */
export async function findVerifiedUser(email: string): Promise<DirectoryUser | null> {
  for (const candidate of new Set([email, email.toLowerCase()])) {
    const user = (await listUsers('email', candidate)).map(toDirectoryUser).find((found) => found !== null);
    if (user) return user;
  }
  return null;
}

/** The verified email of the user with this sub, if any. */
export async function emailOfUser(sub: string): Promise<string | null> {
  const users = await listUsers('sub', sub);
  return users.map(toDirectoryUser).find((found) => found !== null)?.email ?? null;
}

/** The verified emails of the enabled members of a user pool group (every page). */
export async function emailsInGroup(group: string): Promise<string[]> {
  const emails: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await cognito.send(new ListUsersInGroupCommand({ UserPoolId: requireEnv('USER_POOL_ID'), GroupName: group, NextToken: nextToken }));
    for (const user of page.Users ?? []) {
      const found = toDirectoryUser(user);
      if (found) emails.push(found.email);
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return emails;
}

async function listUsers(attribute: 'email' | 'sub', value: string): Promise<UserType[]> {
  const { Users } = await cognito.send(
    new ListUsersCommand({
      UserPoolId: requireEnv('USER_POOL_ID'),
      Filter: `${attribute} = "${value.replace(/["\\]/g, '\\$&')}"`,
      Limit: 10,
    }),
  );
  return Users ?? [];
}

function toDirectoryUser(user: UserType): DirectoryUser | null {
  const attribute = (name: string) => user.Attributes?.find((candidate) => candidate.Name === name)?.Value;
  const sub = attribute('sub');
  const email = attribute('email');
  if (!sub || !email || attribute('email_verified') !== 'true' || user.Enabled === false) return null;
  return { sub, email };
}
