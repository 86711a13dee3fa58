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

export const GENERIC_AUTH_ERROR = $localize`:@@account.error.generic:Something went wrong. Please try again.`;
export const AUTHENTICATOR_CODE_ERROR = $localize`:@@account.error.authenticatorCode:That code is not right. Enter the code your authenticator app shows now.`;
export const NETWORK_AUTH_ERROR = $localize`:@@account.error.network:Cannot reach the sign-in service. Check your connection and try again.`;

const INCORRECT_CREDENTIALS = $localize`:@@account.error.incorrectCredentials:Incorrect email or password.`;
const ACCOUNT_EXISTS = $localize`:@@account.error.accountExists:An account with this email already exists. Sign in instead, or reset your password.`;
const SERVICE_PROBLEM = $localize`:@@account.error.serviceProblem:The sign-in service had a problem. Please try again in a moment.`;
const ENTER_EMAIL = $localize`:@@account.error.enterEmail:Enter your email address.`;
const ENTER_CODE = $localize`:@@account.error.enterCode:Enter the code from the email.`;

const MESSAGES: Readonly<Record<string, string>> = {
  UserNotConfirmedException: $localize`:@@account.error.userNotConfirmed:Your email address is not confirmed yet. Enter the code we emailed you.`,
  UsernameExistsException: ACCOUNT_EXISTS,
  AliasExistsException: ACCOUNT_EXISTS,
  CodeMismatchException: $localize`:@@account.error.codeMismatch:That code is not right. Check the email we sent and try again.`,
  ExpiredCodeException: $localize`:@@account.error.expiredCode:That code has expired. Request a new code and try again.`,
  LimitExceededException: $localize`:@@account.error.limitExceeded:Too many attempts. Please wait a few minutes and try again.`,
  TooManyRequestsException: $localize`:@@account.error.tooManyRequests:Too many requests. Please wait a moment and try again.`,
  TooManyFailedAttemptsException: $localize`:@@account.error.tooManyFailedAttempts:Too many failed attempts. Please wait a few minutes and try again.`,
  InvalidPasswordException: $localize`:@@account.error.invalidPassword:That password does not meet the requirements: at least 8 characters with an uppercase letter, a lowercase letter, a number and a symbol.`,
  PasswordResetRequiredException: $localize`:@@account.error.passwordResetRequired:You need to reset your password before signing in.`,
  CodeDeliveryFailureException: $localize`:@@account.error.codeDeliveryFailure:We could not send the code to that email address. Check it and try again.`,
  InvalidParameterException: $localize`:@@account.error.invalidParameter:Some details are not valid. Check them and try again.`,
  UserLambdaValidationException: $localize`:@@account.error.userLambdaValidation:Your details were not accepted. Please check them and try again.`,
  UnexpectedLambdaException: SERVICE_PROBLEM,
  InvalidLambdaResponseException: SERVICE_PROBLEM,
  InternalErrorException: SERVICE_PROBLEM,
  ServiceUnavailableException: $localize`:@@account.error.serviceUnavailable:The sign-in service is unavailable. Please try again in a moment.`,
  UserAlreadyAuthenticatedException: $localize`:@@account.error.userAlreadyAuthenticated:You are already signed in.`,
  EmptySignInUsername: ENTER_EMAIL,
  EmptySignInPassword: $localize`:@@account.error.enterPassword:Enter your password.`,
  EmptySignUpUsername: ENTER_EMAIL,
  EmptySignUpPassword: $localize`:@@account.error.enterNewPasswordOnSignUp:Enter a password.`,
  EmptyConfirmSignUpCode: ENTER_CODE,
  EmptyConfirmResetPasswordConfirmationCode: ENTER_CODE,
  EmptyConfirmResetPasswordNewPassword: $localize`:@@account.error.enterNewPassword:Enter a new password.`,
  EmptyResetPasswordUsername: ENTER_EMAIL,
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
      return flow === 'signIn' ? INCORRECT_CREDENTIALS : $localize`:@@account.error.userNotFound:We could not find an account with that email address.`;
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
    return $localize`:@@account.error.attemptsExceeded:Too many failed sign-in attempts. Please wait a few minutes and try again.`;
  }
  if (/disabled/i.test(message)) {
    return $localize`:@@account.error.disabled:This account has been disabled. Contact support for help.`;
  }
  if (/current status is confirmed/i.test(message)) {
    return $localize`:@@account.error.alreadyConfirmed:Your email is already confirmed. You can sign in.`;
  }
  if (flow === 'signIn') {
    return INCORRECT_CREDENTIALS;
  }
  if (flow === 'changePassword') {
    return $localize`:@@account.error.currentPassword:Your current password is not right.`;
  }
  return $localize`:@@account.error.notAllowed:That request was not allowed. Please start again.`;
}

function isNetworkFailure(name: string | undefined, message: string): boolean {
  return name === 'NetworkError' || (name === 'TypeError' && /fetch|network/i.test(message));
}
