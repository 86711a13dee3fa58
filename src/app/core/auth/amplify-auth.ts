import { Injectable } from '@angular/core';
import {
  autoSignIn,
  confirmResetPassword,
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  fetchMFAPreference,
  resendSignUpCode,
  resetPassword,
  setUpTOTP,
  signIn,
  signOut,
  signUp,
  updateMFAPreference,
  updatePassword,
  verifyTOTPSetup,
} from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { Hub } from 'aws-amplify/utils';

export type AuthHubEvent =
  | 'signedIn'
  | 'signedOut'
  | 'tokenRefresh'
  | 'tokenRefresh_failure'
  | 'signInWithRedirect'
  | 'signInWithRedirect_failure'
  | 'customOAuthState';

/**
 * A thin injectable seam over the `aws-amplify/auth` functions and the auth Hub channel,
 * so unit specs can replace them with spies instead of talking to Cognito.
 */
@Injectable({ providedIn: 'root' })
export class AmplifyAuth {
  readonly fetchAuthSession = fetchAuthSession;
  readonly signIn = signIn;
  readonly confirmSignIn = confirmSignIn;
  readonly signUp = signUp;
  readonly confirmSignUp = confirmSignUp;
  readonly resendSignUpCode = resendSignUpCode;
  // `autoSignIn` is a live binding that signUp/confirmSignUp replace: read it at call time, not at construction.
  readonly autoSignIn: typeof autoSignIn = () => autoSignIn();
  readonly resetPassword = resetPassword;
  readonly confirmResetPassword = confirmResetPassword;
  readonly signOut = signOut;
  readonly updatePassword = updatePassword;
  readonly setUpTOTP = setUpTOTP;
  readonly verifyTOTPSetup = verifyTOTPSetup;
  readonly updateMFAPreference = updateMFAPreference;
  readonly fetchMFAPreference = fetchMFAPreference;

  /**
   * The user-pool tokens only (refreshed when expired), without the identity-pool credentials
   * `fetchAuthSession` also fetches: who the user is must not depend on AWS credentials being issued.
   */
  readonly fetchTokens = (): ReturnType<typeof cognitoUserPoolsTokenProvider.getTokens> =>
    cognitoUserPoolsTokenProvider.getTokens();

  /** Calls `listener` for every event on the Hub 'auth' channel; returns the unsubscribe function. */
  listen(listener: (event: AuthHubEvent) => void): () => void {
    return Hub.listen('auth', ({ payload }) => listener(payload.event));
  }
}
