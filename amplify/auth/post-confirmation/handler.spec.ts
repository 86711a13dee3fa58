import '../../functions/shared/testing/quiet-logs';
import type { Context, PostConfirmationTriggerEvent } from 'aws-lambda';
import { useLocalMail } from '../../functions/shared/testing/local-mail';
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
  const mail = useLocalMail('post-confirmation');

  it('should create the profile with model bookkeeping when a sign-up is confirmed', async () => {
    const event = confirmation('user-1');

    expect(await run(event)).toBe(event);
    expect(await tables.get('USER_PROFILE_TABLE', { userId: 'user-1' })).toEqual(
      jasmine.objectContaining({ email: 'user-1@example.com', displayName: 'Ada', __typename: 'UserProfile', createdAt: jasmine.any(String) }),
    );
  });

  it('should welcome the new user by email, from the configured sender, when a sign-up is confirmed', async () => {
    await run(confirmation('user-4'));

    expect(mail.delivered()).toEqual([
      jasmine.objectContaining({ to: 'user-4@example.com', from: 'Play-Along <no-reply@example.com>', subject: 'Welcome to Play-Along', body: jasmine.stringContaining('Hi Ada,') }),
    ]);
  });

  it('should keep an existing profile and not welcome again when the confirmation repeats', async () => {
    await tables.put('USER_PROFILE_TABLE', { userId: 'user-2', email: 'old@example.com', displayName: 'Kept' });

    await run(confirmation('user-2'));

    expect((await tables.get('USER_PROFILE_TABLE', { userId: 'user-2' }))?.['displayName']).toBe('Kept');
    expect(mail.delivered()).toEqual([]);
  });

  it('should not create a profile nor send mail when the trigger is a password reset confirmation', async () => {
    await run(confirmation('user-3', 'PostConfirmation_ConfirmForgotPassword'));

    expect(await tables.get('USER_PROFILE_TABLE', { userId: 'user-3' })).toBeUndefined();
    expect(mail.delivered()).toEqual([]);
  });

  it('should still confirm the sign-up and create the profile when SES refuses the welcome', async () => {
    mail.refuse();
    const event = confirmation('user-5');

    expect(await run(event)).toBe(event);
    expect(await tables.get('USER_PROFILE_TABLE', { userId: 'user-5' })).toBeDefined();
    expect(mail.delivered()).toEqual([]);
  });
});
