import type { AmplifyAuth, AuthHubEvent } from '../amplify-auth';

type AmplifyAuthFunctions = Omit<AmplifyAuth, 'listen'>;
type SpiedFunctions = { [K in keyof AmplifyAuthFunctions]: jasmine.Spy<AmplifyAuthFunctions[K]> };

/** Test double for `AmplifyAuth`: every auth function is a jasmine spy and Hub events are emitted by hand. */
export class FakeAmplifyAuth implements SpiedFunctions {
  private readonly listeners = new Set<(event: AuthHubEvent) => void>();

  readonly fetchAuthSession = jasmine.createSpy<AmplifyAuth['fetchAuthSession']>('fetchAuthSession').and.resolveTo({});
  readonly signIn = jasmine.createSpy<AmplifyAuth['signIn']>('signIn');
  readonly confirmSignIn = jasmine.createSpy<AmplifyAuth['confirmSignIn']>('confirmSignIn');
  readonly signUp = jasmine.createSpy<AmplifyAuth['signUp']>('signUp');
  readonly confirmSignUp = jasmine.createSpy<AmplifyAuth['confirmSignUp']>('confirmSignUp');
  readonly resendSignUpCode = jasmine.createSpy<AmplifyAuth['resendSignUpCode']>('resendSignUpCode');
  readonly autoSignIn = jasmine.createSpy<AmplifyAuth['autoSignIn']>('autoSignIn');
  readonly resetPassword = jasmine.createSpy<AmplifyAuth['resetPassword']>('resetPassword');
  readonly confirmResetPassword = jasmine.createSpy<AmplifyAuth['confirmResetPassword']>('confirmResetPassword');
  readonly signOut = jasmine.createSpy<AmplifyAuth['signOut']>('signOut').and.resolveTo();
  readonly updatePassword = jasmine.createSpy<AmplifyAuth['updatePassword']>('updatePassword');
  readonly setUpTOTP = jasmine.createSpy<AmplifyAuth['setUpTOTP']>('setUpTOTP');
  readonly verifyTOTPSetup = jasmine.createSpy<AmplifyAuth['verifyTOTPSetup']>('verifyTOTPSetup');
  readonly updateMFAPreference = jasmine.createSpy<AmplifyAuth['updateMFAPreference']>('updateMFAPreference');
  readonly fetchMFAPreference = jasmine.createSpy<AmplifyAuth['fetchMFAPreference']>('fetchMFAPreference').and.resolveTo({});
  readonly fetchTokens = jasmine.createSpy<AmplifyAuth['fetchTokens']>('fetchTokens').and.resolveTo(null);

  listen(listener: (event: AuthHubEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AuthHubEvent): void {
    this.listeners.forEach((listener) => listener(event));
  }

  /** Makes `fetchTokens` and `fetchAuthSession` return tokens whose ID token carries these claims (or none). */
  givenSession(claims: { sub: string; email: string; groups?: string[] } | null): void {
    if (!claims) {
      this.fetchTokens.and.resolveTo(null);
      this.fetchAuthSession.and.resolveTo({});
      return;
    }
    const payload = { sub: claims.sub, email: claims.email, 'cognito:groups': claims.groups ?? [] };
    const idToken = { payload, toString: () => 'id-token' };
    const accessToken = { payload, toString: () => 'access-token' };
    this.fetchTokens.and.resolveTo({ idToken, accessToken });
    this.fetchAuthSession.and.resolveTo({ tokens: { idToken, accessToken } });
  }
}
