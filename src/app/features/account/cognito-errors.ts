/** Where an auth error happened; a few Cognito errors mean different things in different flows. */
export type AuthFlow =
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'resendCode'
  | 'forgotPassword'
  | 'resetPassword'
  | 'changePassword'
  | 'signOut'
  | 'confirmSignInWithTotp'
  | 'twoFactor';

export const GENERIC_AUTH_ERROR = 'Something went wrong. Please try again.';
export const AUTHENTICATOR_CODE_ERROR = 'That code is not right. Enter the code your authenticator app shows now.';
export const NETWORK_AUTH_ERROR = 'Cannot reach the sign-in service. Check your connection and try again.';

const MESSAGES: Readonly<Record<string, string>> = {
  UserNotConfirmedException: 'Your email address is not confirmed yet. Enter the code we emailed you.',
  UsernameExistsException: 'An account with this email already exists. Sign in instead, or reset your password.',
  AliasExistsException: 'An account with this email already exists. Sign in instead, or reset your password.',
  CodeMismatchException: 'That code is not right. Check the email we sent and try again.',
  ExpiredCodeException: 'That code has expired. Request a new code and try again.',
  LimitExceededException: 'Too many attempts. Please wait a few minutes and try again.',
  TooManyRequestsException: 'Too many requests. Please wait a moment and try again.',
  TooManyFailedAttemptsException: 'Too many failed attempts. Please wait a few minutes and try again.',
  InvalidPasswordException:
    'That password does not meet the requirements: at least 8 characters with an uppercase letter, a lowercase letter, a number and a symbol.',
  PasswordResetRequiredException: 'You need to reset your password before signing in.',
  CodeDeliveryFailureException: 'We could not send the code to that email address. Check it and try again.',
  InvalidParameterException: 'Some details are not valid. Check them and try again.',
  UserLambdaValidationException: 'Your details were not accepted. Please check them and try again.',
  UnexpectedLambdaException: 'The sign-in service had a problem. Please try again in a moment.',
  InvalidLambdaResponseException: 'The sign-in service had a problem. Please try again in a moment.',
  InternalErrorException: 'The sign-in service had a problem. Please try again in a moment.',
  ServiceUnavailableException: 'The sign-in service is unavailable. Please try again in a moment.',
  UserAlreadyAuthenticatedException: 'You are already signed in.',
  EmptySignInUsername: 'Enter your email address.',
  EmptySignInPassword: 'Enter your password.',
  EmptySignUpUsername: 'Enter your email address.',
  EmptySignUpPassword: 'Enter a password.',
  EmptyConfirmSignUpCode: 'Enter the code from the email.',
  EmptyConfirmResetPasswordConfirmationCode: 'Enter the code from the email.',
  EmptyConfirmResetPasswordNewPassword: 'Enter a new password.',
  EmptyResetPasswordUsername: 'Enter your email address.',
  NetworkError: NETWORK_AUTH_ERROR,
};

/** Maps an error thrown by `aws-amplify/auth` (named after the Cognito exception) to a message for the user. */
export function cognitoErrorMessage(error: unknown, flow: AuthFlow): string {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : '';
  if (isNetworkFailure(name, message)) {
    return NETWORK_AUTH_ERROR;
  }
  switch (name) {
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      if (flow === 'confirmSignInWithTotp' || flow === 'twoFactor') return AUTHENTICATOR_CODE_ERROR;
      return MESSAGES[name] ?? GENERIC_AUTH_ERROR;
    case 'NotAuthorizedException':
      return notAuthorizedMessage(message, flow);
    case 'UserNotFoundException':
      // Never confirm whether an account exists on the sign-in form.
      return flow === 'signIn' ? 'Incorrect email or password.' : 'We could not find an account with that email address.';
    default:
      return (name && MESSAGES[name]) ?? GENERIC_AUTH_ERROR;
  }
}

/** The Cognito exception name carried by an Amplify auth error, if any. */
export function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return undefined;
}

function notAuthorizedMessage(message: string, flow: AuthFlow): string {
  if (/attempts exceeded/i.test(message)) {
    return 'Too many failed sign-in attempts. Please wait a few minutes and try again.';
  }
  if (/disabled/i.test(message)) {
    return 'This account has been disabled. Contact support for help.';
  }
  if (/current status is confirmed/i.test(message)) {
    return 'Your email is already confirmed. You can sign in.';
  }
  if (flow === 'signIn') {
    return 'Incorrect email or password.';
  }
  if (flow === 'changePassword') {
    return 'Your current password is not right.';
  }
  return 'That request was not allowed. Please start again.';
}

function isNetworkFailure(name: string | undefined, message: string): boolean {
  return name === 'NetworkError' || (name === 'TypeError' && /fetch|network/i.test(message));
}
