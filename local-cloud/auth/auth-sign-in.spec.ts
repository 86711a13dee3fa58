import {
  confirmResetPassword,
  confirmSignUp,
  fetchAuthSession,
  fetchUserAttributes,
  getCurrentUser,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from 'aws-amplify/auth';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { callUserPool, configureAmplify, startAuthHarness, uniqueEmail, type AuthHarness } from './auth-test-kit';

const password = 'Passw0rd!';

describe('local auth sign-in and session (aws-amplify/auth)', () => {
  let harness: AuthHarness;
  let member: string;
  let memberSub: string;

  beforeAll(async () => {
    harness = await startAuthHarness();
    configureAmplify(harness.auth);
    member = uniqueEmail('member');
    const { userId } = await signUp({ username: member, password, options: { userAttributes: { email: member } } });
    await confirmSignUp({ username: member, confirmationCode: harness.auth.mailbox.latest(member)!.code });
    memberSub = userId!;
  });

  afterEach(() => signOut());

  afterAll(() => harness.dispose());

  it('should sign in with the default USER_SRP_AUTH flow when the password is right', async () => {
    const result = await signIn({ username: member, password });

    const email: unknown = (await fetchAuthSession()).tokens?.idToken?.payload['email'];
    expect(result.isSignedIn).toBeTrue();
    expect(email).toBe(member);
  });

  it('should reject with NotAuthorizedException "Incorrect username or password." when the password is wrong', async () => {
    await expectAsync(signIn({ username: member, password: 'Wr0ng-password' })).toBeRejectedWith(
      jasmine.objectContaining({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' }),
    );
  });

  it('should reject with NotAuthorizedException when the user does not exist', async () => {
    await expectAsync(signIn({ username: uniqueEmail('nobody'), password })).toBeRejectedWith(
      jasmine.objectContaining({ name: 'NotAuthorizedException' }),
    );
  });

  it('should ask to confirm the sign-up when the user is not confirmed yet', async () => {
    const email = uniqueEmail('unconfirmed');
    await signUp({ username: email, password, options: { userAttributes: { email } } });

    const result = await signIn({ username: email, password });

    expect(result.isSignedIn).toBeFalse();
    expect(result.nextStep.signInStep).toBe('CONFIRM_SIGN_UP');
  });

  it('should sign in with USER_PASSWORD_AUTH when the app asks for that flow', async () => {
    const result = await signIn({ username: member, password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });

    expect(result.isSignedIn).toBeTrue();
  });

  it('should return new tokens when the session is force-refreshed', async () => {
    await signIn({ username: member, password });
    const before = (await fetchAuthSession()).tokens;

    const after = (await fetchAuthSession({ forceRefresh: true })).tokens;

    expect(after?.accessToken.toString()).toBeDefined();
    expect(after?.accessToken.toString()).not.toBe(before?.accessToken.toString());
    expect(after?.idToken?.payload.sub).toBe(memberSub);
  });

  it('should return the user and its verified email when signed in', async () => {
    await signIn({ username: member, password });

    const user = await getCurrentUser();
    const attributes = await fetchUserAttributes();

    expect(user.userId).toBe(memberSub);
    expect(attributes).toEqual(jasmine.objectContaining({ email: member, email_verified: 'true', sub: memberSub }));
  });

  it('should issue ID tokens that verify against the JWKS with a cognito-idp issuer', async () => {
    await signIn({ username: member, password });
    const idToken = (await fetchAuthSession()).tokens!.idToken!.toString();

    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(harness.auth.jwksUrl)), {
      issuer: harness.auth.issuer,
      audience: harness.auth.userPoolClientId,
    });

    expect(harness.auth.issuer).toMatch(/^https:\/\/cognito-idp\./);
    expect(payload).toEqual(jasmine.objectContaining({ sub: memberSub, email: member, token_use: 'id' }));
  });

  it('should name the cognito-idp issuer and the local JWKS when the discovery document is read', async () => {
    const discovery = (await (await fetch(`${harness.auth.url}/${harness.auth.userPoolId}/.well-known/openid-configuration`)).json()) as Record<string, string>;

    expect(discovery['issuer']).toBe(harness.auth.issuer);
    expect(discovery['jwks_uri']).toBe(harness.auth.jwksUrl);
  });

  it('should put cognito:groups in both tokens when the user is in ADMINS', async () => {
    const admin = uniqueEmail('admin');
    await harness.auth.admin.createConfirmedUser(admin, password, ['ADMINS']);

    await signIn({ username: admin, password });
    const tokens = (await fetchAuthSession()).tokens!;
    const claims: Record<string, unknown>[] = [tokens.idToken!.payload, tokens.accessToken.payload];

    expect(claims.map((payload) => payload['cognito:groups'])).toEqual([['ADMINS'], ['ADMINS']]);
    expect(claims[1]!['client_id']).toBe(harness.auth.userPoolClientId);
  });

  it('should reset the password with a mailed code when the user forgot it', async () => {
    const email = uniqueEmail('forgot');
    await harness.auth.admin.createConfirmedUser(email, password);

    const reset = await resetPassword({ username: email });
    const mail = harness.auth.mailbox.latest(email)!;
    await confirmResetPassword({ username: email, confirmationCode: mail.code, newPassword: 'N3w-passw0rd' });

    expect(reset.nextStep.resetPasswordStep).toBe('CONFIRM_RESET_PASSWORD_WITH_CODE');
    expect(mail.purpose).toBe('ForgotPassword');
    expect((await signIn({ username: email, password: 'N3w-passw0rd' })).isSignedIn).toBeTrue();
  });

  it('should end the session when the user signs out globally', async () => {
    await signIn({ username: member, password });

    await signOut({ global: true });

    await expectAsync(getCurrentUser()).toBeRejectedWith(jasmine.objectContaining({ name: 'UserUnAuthenticatedException' }));
  });

  it('should refuse an old refresh token when the user signed out globally', async () => {
    const { body } = await callUserPool(harness.auth, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: harness.auth.userPoolClientId,
      AuthParameters: { USERNAME: member, PASSWORD: password },
    });
    const tokens = body['AuthenticationResult'] as { AccessToken: string; RefreshToken: string };

    await callUserPool(harness.auth, 'GlobalSignOut', { AccessToken: tokens.AccessToken });
    const refresh = await callUserPool(harness.auth, 'GetTokensFromRefreshToken', {
      ClientId: harness.auth.userPoolClientId,
      RefreshToken: tokens.RefreshToken,
    });

    expect(refresh.status).toBe(400);
    expect(refresh.body['__type']).toBe('NotAuthorizedException');
  });

  it('should hand out the same identity with credentials when the user signs in again', async () => {
    await signIn({ username: member, password });
    const first = await fetchAuthSession();
    await signOut();

    await signIn({ username: member, password });
    const again = await fetchAuthSession();

    expect(first.identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(again.identityId).toBe(first.identityId!);
    expect(first.credentials?.accessKeyId).toBe('LOCALIDENTITYKEY');
  });

  it("should turn a guest identity into the user's identity when the guest signs in", async () => {
    const guest = await fetchAuthSession();
    await signIn({ username: member, password });
    const signedIn = await fetchAuthSession();
    await signOut();
    await signIn({ username: member, password });
    const again = await fetchAuthSession();

    expect(guest.identityId).toMatch(/^us-east-1:/);
    expect(signedIn.tokens?.idToken).toBeDefined();
    expect(signedIn.credentials?.accessKeyId).toBe('LOCALIDENTITYKEY');
    expect(again.identityId).toBe(signedIn.identityId!);
  });

  it('should hand out guest credentials when nobody is signed in', async () => {
    const session = await fetchAuthSession();

    expect(session.tokens).toBeUndefined();
    expect(session.identityId).toMatch(/^us-east-1:/);
    expect(session.credentials?.secretAccessKey).toBe('local-identity-secret');
  });
});
