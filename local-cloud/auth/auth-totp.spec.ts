import {
  confirmSignIn,
  fetchMFAPreference,
  setUpTOTP,
  signIn,
  signOut,
  updateMFAPreference,
  verifyTOTPSetup,
} from 'aws-amplify/auth';
import { generateSync } from 'otplib';
import { configureAmplify, startAuthHarness, uniqueEmail, type AuthHarness } from './auth-test-kit';

const password = 'Passw0rd!';

/** The code an authenticator app shows now for this secret (RFC 6238: SHA-1, 6 digits, 30 s). */
const codeFor = (secret: string): string => generateSync({ secret });

describe('local auth two-factor sign-in with an authenticator app (aws-amplify/auth)', () => {
  let harness: AuthHarness;

  beforeAll(async () => {
    harness = await startAuthHarness();
    configureAmplify(harness.auth);
  });

  afterEach(() => signOut());

  afterAll(() => harness.dispose());

  /** A confirmed user, signed in with their password. */
  async function signedInUser(): Promise<string> {
    const email = uniqueEmail('totp');
    await harness.auth.admin.createConfirmedUser(email, password);
    await signIn({ username: email, password });
    return email;
  }

  /** Associates an authenticator, verifies it with a code and makes it the preferred second factor. */
  async function enableTotp(): Promise<string> {
    const { sharedSecret } = await setUpTOTP();
    await verifyTOTPSetup({ code: codeFor(sharedSecret) });
    await updateMFAPreference({ totp: 'PREFERRED' });
    return sharedSecret;
  }

  it('should give a secret and an otpauth URI for the QR code when setting up TOTP', async () => {
    const email = await signedInUser();

    const setup = await setUpTOTP();

    expect(setup.sharedSecret).toMatch(/^[A-Z2-7]{16,}$/);
    const uri = new URL(setup.getSetupUri('Play-Along', email).href);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(setup.sharedSecret);
  });

  it('should report TOTP enabled and preferred when the setup is verified and preferred', async () => {
    await signedInUser();

    await enableTotp();

    expect(await fetchMFAPreference()).toEqual(jasmine.objectContaining({ enabled: ['TOTP'], preferred: 'TOTP' }));
  });

  it('should refuse a wrong code when verifying the setup, and leave TOTP off', async () => {
    await signedInUser();
    const { sharedSecret } = await setUpTOTP();
    const wrong = codeFor(sharedSecret) === '000000' ? '111111' : '000000';

    await expectAsync(verifyTOTPSetup({ code: wrong })).toBeRejectedWith(jasmine.objectContaining({ name: 'EnableSoftwareTokenMFAException' }));

    expect((await fetchMFAPreference()).enabled).toBeUndefined();
  });

  it('should ask for the authenticator code after the password, and sign in with the right code', async () => {
    const email = await signedInUser();
    const secret = await enableTotp();
    await signOut();

    const first = await signIn({ username: email, password });
    expect(first.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');

    const second = await confirmSignIn({ challengeResponse: codeFor(secret) });
    expect(second.isSignedIn).toBeTrue();
  });

  it('should refuse a wrong authenticator code at sign-in with CodeMismatchException', async () => {
    const email = await signedInUser();
    const secret = await enableTotp();
    await signOut();
    await signIn({ username: email, password });
    const wrong = codeFor(secret) === '000000' ? '111111' : '000000';

    await expectAsync(confirmSignIn({ challengeResponse: wrong })).toBeRejectedWith(jasmine.objectContaining({ name: 'CodeMismatchException' }));
  });

  it('should sign in with the password alone when the user never set up TOTP', async () => {
    const email = uniqueEmail('no-totp');
    await harness.auth.admin.createConfirmedUser(email, password);

    expect((await signIn({ username: email, password })).isSignedIn).toBeTrue();
  });
});
