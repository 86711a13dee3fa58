import '../../functions/shared/testing/quiet-logs';
import type { Context, PostConfirmationTriggerEvent } from 'aws-lambda';
import { useLocalTables } from '../../functions/shared/testing/local-dynamo';
import { handler } from './handler';

function confirmation(sub: string, triggerSource: PostConfirmationTriggerEvent['triggerSource'] = 'PostConfirmation_ConfirmSignUp'): PostConfirmationTriggerEvent {
  return {
    version: '1', region: 'us-east-1', userPoolId: 'us-east-1_test', userName: sub, triggerSource,
    callerContext: { awsSdkVersion: '3', clientId: 'client' },
    request: { userAttributes: { sub, email: `${sub}@example.com`, preferred_username: 'Ada' } },
    response: {},
  };
}

const run = (event: PostConfirmationTriggerEvent) =>
  handler(event, {} as Context, () => undefined) as Promise<PostConfirmationTriggerEvent>;

describe('post-confirmation handler', () => {
  const tables = useLocalTables(['USER_PROFILE_TABLE']);

  it('should create the profile with model bookkeeping when a sign-up is confirmed', async () => {
    const event = confirmation('user-1');

    expect(await run(event)).toBe(event);
    expect(await tables.get('USER_PROFILE_TABLE', { userId: 'user-1' })).toEqual(
      jasmine.objectContaining({ email: 'user-1@example.com', displayName: 'Ada', __typename: 'UserProfile', createdAt: jasmine.any(String) }),
    );
  });

  it('should keep an existing profile when the confirmation repeats', async () => {
    await tables.put('USER_PROFILE_TABLE', { userId: 'user-2', email: 'old@example.com', displayName: 'Kept' });

    await run(confirmation('user-2'));

    expect((await tables.get('USER_PROFILE_TABLE', { userId: 'user-2' }))?.['displayName']).toBe('Kept');
  });

  it('should not create a profile when the trigger is a password reset confirmation', async () => {
    await run(confirmation('user-3', 'PostConfirmation_ConfirmForgotPassword'));

    expect(await tables.get('USER_PROFILE_TABLE', { userId: 'user-3' })).toBeUndefined();
  });
});
