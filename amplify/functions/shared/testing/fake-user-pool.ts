import { startFakeHttp, type FakeHttp, type RecordedRequest } from './fake-http';

export interface DirectoryEntry {
  readonly sub: string;
  readonly email: string;
  readonly verified: boolean;
  /** User pool groups the user is in (ListUsersInGroup). */
  readonly groups?: readonly string[];
}

let cognito: Promise<FakeHttp> | undefined;
let directory: readonly DirectoryEntry[] = [];

/**
 * A loopback stand-in for the user pool's ListUsers (attribute = "value" filters only) and
 * ListUsersInGroup. The functions' module-scope Cognito client (shared/user-directory.ts) resolves
 * its endpoint once, so there is one per process.
 */
export function useFakeUserPool(entries: readonly DirectoryEntry[]): { requests(): RecordedRequest[] } {
  let fake: FakeHttp | undefined;
  beforeAll(async () => {
    cognito ??= startFakeHttp(listUsers);
    fake = await cognito;
  });
  beforeEach(() => {
    process.env['AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER'] = fake?.url;
    process.env['USER_POOL_ID'] = 'us-east-1_test';
    directory = entries;
    fake?.requests.splice(0);
  });
  return { requests: () => fake?.requests ?? [] };
}

function listUsers(request: RecordedRequest): { status?: number; body: string } {
  const { Filter, UserPoolId, GroupName } = JSON.parse(request.body) as { Filter?: string; UserPoolId?: string; GroupName?: string };
  if (request.headers['x-amz-target'] === 'AWSCognitoIdentityProviderService.ListUsersInGroup' && UserPoolId === 'us-east-1_test') {
    return { body: JSON.stringify({ Users: directory.filter((entry) => entry.groups?.includes(GroupName ?? '')).map(userType) }) };
  }
  const match = /^(\w+) = "(.*)"$/.exec(Filter ?? '');
  if (request.headers['x-amz-target'] !== 'AWSCognitoIdentityProviderService.ListUsers' || UserPoolId !== 'us-east-1_test' || !match) {
    return { status: 400, body: JSON.stringify({ __type: 'InvalidParameterException', message: 'unexpected request' }) };
  }
  const [, attribute, value] = match;
  const users = directory.filter((entry) => (attribute === 'email' ? entry.email : entry.sub) === value).map(userType);
  return { body: JSON.stringify({ Users: users }) };
}

function userType(entry: DirectoryEntry) {
  return {
    Username: entry.sub,
    Enabled: true,
    UserStatus: entry.verified ? 'CONFIRMED' : 'UNCONFIRMED',
    Attributes: [
      { Name: 'sub', Value: entry.sub },
      { Name: 'email', Value: entry.email },
      { Name: 'email_verified', Value: String(entry.verified) },
    ],
  };
}
