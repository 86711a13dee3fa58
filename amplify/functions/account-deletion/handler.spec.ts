import '../shared/testing/quiet-logs';
import type { AppSyncIdentityCognito } from 'aws-lambda';
import { decodeJwt } from 'jose';
import { callUserPool, startAuthHarness, uniqueEmail, type AuthHarness } from '../../../local-cloud/auth/auth-test-kit';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { useLocalStripe } from '../shared/testing/local-stripe';
import { BillingStripe } from '../billing/billing-test-kit';
import { handler } from './handler';

const password = 'Play-Along-2026!';

describe('account-deletion handler (local Cognito, DynamoDB and Stripe)', () => {
  const tables = useLocalTables([
    'USER_PROFILE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'ORDER_TABLE',
    'LESSON_PROGRESS_TABLE', 'PRACTICE_SESSION_TABLE', 'PRACTICE_LOOP_TABLE', 'LESSON_NOTE_TABLE', 'CERTIFICATE_TABLE',
  ]);
  const stripe = useLocalStripe(new BillingStripe());
  let harness: AuthHarness;

  beforeAll(async () => {
    harness = await startAuthHarness();
  });

  afterAll(() => harness.dispose());

  beforeEach(() => {
    process.env['AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER'] = harness.auth.url;
    process.env['USER_POOL_ID'] = harness.auth.userPoolId;
  });

  afterEach(() => {
    delete process.env['AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER'];
  });

  const signIn = (email: string) =>
    callUserPool(harness.auth, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: harness.auth.userPoolClientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    });

  /** A confirmed user, and the identity AppSync hands the resolver for their access token. */
  async function account(): Promise<{ email: string; identity: AppSyncIdentityCognito }> {
    const email = uniqueEmail('leaving');
    await harness.auth.admin.createConfirmedUser(email, password);
    const { body } = await signIn(email);
    const claims = decodeJwt(String((body['AuthenticationResult'] as { AccessToken: string }).AccessToken));
    const sub = String(claims.sub);
    return { email, identity: { ...userIdentity(sub), username: String(claims['username']) } };
  }

  /** Everything a student leaves behind, another student's practice beside it, and their paid order. */
  async function recordsOf(sub: string): Promise<void> {
    const now = '2026-11-01T00:00:00.000Z';
    await tables.put('USER_PROFILE_TABLE', { userId: sub, email: `${sub}@example.com`, displayName: 'Leaving' });
    await tables.put('ENROLLMENT_TABLE', { userId: sub, courseId: 'c1', source: 'PURCHASE' });
    await tables.put('ENROLLMENT_TABLE', { userId: sub, courseId: 'c2', source: 'ADMIN_GRANT' });
    await tables.put('LESSON_PROGRESS_TABLE', { id: `${sub}-p1`, owner: `${sub}::${sub}`, lessonId: 'l1', courseId: 'c1', completed: true, practiceSeconds: 60 });
    await tables.put('PRACTICE_SESSION_TABLE', { id: `${sub}-s1`, owner: `${sub}::${sub}`, lessonId: 'l1', courseId: 'c1', day: '2026-11-01', seconds: 60 });
    await tables.put('PRACTICE_LOOP_TABLE', { id: `${sub}-l1`, owner: `${sub}::${sub}`, lessonId: 'l1', name: 'Solo', startSeconds: 1, endSeconds: 2 });
    await tables.put('LESSON_NOTE_TABLE', { id: `${sub}-n1`, owner: `${sub}::${sub}`, lessonId: 'l1', courseId: 'c1', positionSeconds: 12, text: 'Bend to pitch' });
    await tables.put('CERTIFICATE_TABLE', { userId: sub, courseId: 'c1', code: 'ABCD-2345-WXYZ', name: 'Leaving', courseTitle: 'Course', issuedAt: now });
    await tables.put('ORDER_TABLE', { id: `cs_${sub}`, userId: sub, product: 'COURSE', courseId: 'c1', amountCents: 4900, currency: 'usd', status: 'PAID', createdAt: now });
  }

  const deleteMyAccount = (identity: AppSyncIdentityCognito | null, args: Record<string, unknown> = { confirmation: 'DELETE' }) =>
    handler(appSyncEvent('deleteMyAccount', args, identity, 'Mutation') as never);

  it('should delete the caller’s own records and keep their orders when they delete their account', async () => {
    const { identity } = await account();
    await recordsOf(identity.sub);
    await recordsOf('someone-else');

    expect(await deleteMyAccount(identity)).toBeTrue();

    for (const table of ['USER_PROFILE_TABLE', 'ENROLLMENT_TABLE', 'LESSON_PROGRESS_TABLE', 'PRACTICE_SESSION_TABLE', 'PRACTICE_LOOP_TABLE', 'LESSON_NOTE_TABLE', 'CERTIFICATE_TABLE'] as const) {
      const rows = await tables.scan(table);
      expect(rows.filter((row) => JSON.stringify(row).includes(identity.sub)).length).withContext(table).toBe(0);
      expect(rows.filter((row) => JSON.stringify(row).includes('someone-else')).length).withContext(table).toBeGreaterThan(0);
    }
    expect(await tables.get('ORDER_TABLE', { id: `cs_${identity.sub}` })).toEqual(jasmine.objectContaining({ status: 'PAID', userId: identity.sub }));
  });

  it('should delete the Cognito user so the account can no longer sign in', async () => {
    const { email, identity } = await account();

    await deleteMyAccount(identity);

    const { status, body } = await signIn(email);
    expect(status).toBe(400);
    expect(body['__type']).toMatch(/NotAuthorizedException|UserNotFoundException/);
  });

  it('should cancel a live membership in Stripe at once and delete the Membership record', async () => {
    const { identity } = await account();
    const subscription = await stripe.subscribe(identity.sub);
    await tables.put('MEMBERSHIP_TABLE', {
      userId: identity.sub, status: 'ACTIVE', stripeCustomerId: String(subscription.customer), stripeSubscriptionId: subscription.id, cancelAtPeriodEnd: false,
    });

    await deleteMyAccount(identity);

    expect((await stripe.stripe.subscriptions.retrieve(subscription.id)).status).toBe('canceled');
    expect(await tables.get('MEMBERSHIP_TABLE', { userId: identity.sub })).toBeUndefined();
  }, 20_000);

  it('should finish a deletion whose Cognito user is already gone when it is retried', async () => {
    const { identity } = await account();
    await deleteMyAccount(identity);
    await recordsOf(identity.sub);

    expect(await deleteMyAccount(identity)).toBeTrue();

    expect(await tables.get('USER_PROFILE_TABLE', { userId: identity.sub })).toBeUndefined();
  });

  it('should delete nothing and keep the user when Stripe refuses the cancellation', async () => {
    const { email, identity } = await account();
    await recordsOf(identity.sub);
    await tables.put('MEMBERSHIP_TABLE', { userId: identity.sub, status: 'ACTIVE', stripeSubscriptionId: 'sub_unknown' });

    await expectAsync(deleteMyAccount(identity)).toBeRejectedWithError(/^InternalFailure: /);

    expect((await signIn(email)).status).toBe(200);
    expect(await tables.get('USER_PROFILE_TABLE', { userId: identity.sub })).toBeDefined();
  });

  it('should refuse a guest with Unauthorized', async () => {
    await expectAsync(deleteMyAccount(null)).toBeRejectedWithError(/^Unauthorized: /);
  });

  it('should refuse any other argument, so no one can name another account', async () => {
    const { email, identity } = await account();

    await expectAsync(deleteMyAccount(identity, { confirmation: 'DELETE', userId: 'someone-else' })).toBeRejectedWithError(/^BadRequest: /);
    expect((await signIn(email)).status).toBe(200);
  });

  it('should refuse with BadRequest and delete nothing when the confirmation is not the word DELETE', async () => {
    const { email, identity } = await account();
    await recordsOf(identity.sub);

    await expectAsync(deleteMyAccount(identity, { confirmation: 'delete' })).toBeRejectedWithError('BadRequest: confirmation must be the word DELETE');

    expect((await signIn(email)).status).toBe(200);
    expect(await tables.get('USER_PROFILE_TABLE', { userId: identity.sub })).toBeDefined();
  });
});
