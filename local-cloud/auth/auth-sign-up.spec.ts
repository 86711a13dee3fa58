import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { autoSignIn, confirmSignUp, getCurrentUser, resendSignUpCode, signOut, signUp } from 'aws-amplify/auth';
import { configureAmplify, startAuthHarness, uniqueEmail, type AuthHarness } from './auth-test-kit';

const password = 'Passw0rd!';

describe('local auth sign-up (aws-amplify/auth)', () => {
  let harness: AuthHarness;

  beforeAll(async () => {
    harness = await startAuthHarness();
    configureAmplify(harness.auth);
  });

  afterAll(() => harness.dispose());

  async function signUpUser(email: string) {
    return signUp({ username: email, password, options: { userAttributes: { email } } });
  }

  it('should deliver a verification code to the mailbox and the log when a user signs up', async () => {
    const email = uniqueEmail('mail');

    const result = await signUpUser(email);

    const message = harness.auth.mailbox.latest(email);
    expect(result.nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    expect(message?.code).toMatch(/^\d{6}$/);
    expect(message?.body).toBe(`Your Play-Along verification code is ${message?.code}`);
    expect(harness.logLines).toContain(`✉ code ${message?.code} for ${email} (SignUp)`);
  });

  it('should serve the newest code as JSON and the inbox as HTML when the mailbox is read over HTTP', async () => {
    const email = uniqueEmail('http');
    await signUpUser(email);
    const code = harness.auth.mailbox.latest(email)?.code;

    const json = (await (await fetch(`${harness.auth.url}/mailbox/${encodeURIComponent(email)}.json`)).json()) as { code: string }[];
    const html = await (await fetch(`${harness.auth.url}/mailbox`)).text();

    expect(json[0]?.code).toBe(code!);
    expect(html).toContain(email);
    expect(html).toContain(code!);
  });

  it('should reject the sign-up with InvalidPasswordException when the password breaks the policy', async () => {
    await expectAsync(signUp({ username: uniqueEmail('weak'), password: 'password' })).toBeRejectedWith(
      jasmine.objectContaining({ name: 'InvalidPasswordException' }),
    );
  });

  it('should reject the confirmation with CodeMismatchException when the code is wrong', async () => {
    const email = uniqueEmail('mismatch');
    await signUpUser(email);
    const wrong = harness.auth.mailbox.latest(email)?.code === '000000' ? '111111' : '000000';

    await expectAsync(confirmSignUp({ username: email, confirmationCode: wrong })).toBeRejectedWith(
      jasmine.objectContaining({ name: 'CodeMismatchException' }),
    );
  });

  it('should mail a new code that confirms the sign-up when the code is resent', async () => {
    const email = uniqueEmail('resend');
    await signUpUser(email);

    const details = await resendSignUpCode({ username: email });
    const resent = harness.auth.mailbox.latest(email);
    const result = await confirmSignUp({ username: email, confirmationCode: resent!.code });

    expect(details.destination).toBe(email);
    expect(resent?.purpose).toBe('ResendCode');
    expect(harness.auth.mailbox.list(email).length).toBe(2);
    expect(result.isSignUpComplete).toBeTrue();
  });

  it('should invoke post-confirmation with the Cognito PostConfirmation event when the sign-up is confirmed', async () => {
    const email = uniqueEmail('trigger');
    const { userId } = await signUpUser(email);
    harness.invocations.length = 0;

    await confirmSignUp({ username: email, confirmationCode: harness.auth.mailbox.latest(email)!.code });

    expect(harness.invocations.length).toBe(1);
    expect(harness.invocations[0]!.functionName).toBe('post-confirmation');
    expect(harness.invocations[0]!.event as PostConfirmationTriggerEvent).toEqual({
      version: '1',
      region: 'us-east-1',
      userPoolId: harness.auth.userPoolId,
      userName: userId!,
      callerContext: { awsSdkVersion: jasmine.any(String), clientId: harness.auth.userPoolClientId },
      triggerSource: 'PostConfirmation_ConfirmSignUp',
      request: {
        userAttributes: { sub: userId!, email, email_verified: 'true', 'cognito:user_status': 'CONFIRMED' },
      },
      response: {},
    });
  });

  it('should sign the user in when the app confirms a sign-up started with autoSignIn', async () => {
    const email = uniqueEmail('auto');
    await signUp({ username: email, password, options: { userAttributes: { email }, autoSignIn: true } });

    const confirmed = await confirmSignUp({ username: email, confirmationCode: harness.auth.mailbox.latest(email)!.code });
    const signedIn = await autoSignIn();

    expect(confirmed.nextStep.signUpStep).toBe('COMPLETE_AUTO_SIGN_IN');
    expect(signedIn.isSignedIn).toBeTrue();
    expect((await getCurrentUser()).signInDetails?.loginId).toBe(email);
    await signOut();
  });

  it('should allow the browser app origin when a CORS preflight arrives', async () => {
    const response = await fetch(harness.auth.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:4200', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,x-amz-target,x-amz-user-agent');
  });
});
