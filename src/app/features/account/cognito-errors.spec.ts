import { AUTHENTICATOR_CODE_ERROR, cognitoErrorMessage, GENERIC_AUTH_ERROR, NETWORK_AUTH_ERROR } from './cognito-errors';

/** Amplify auth errors carry the Cognito exception name in `name`. */
function authError(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('cognitoErrorMessage', () => {
  it('should say the email or password is wrong when sign-in is not authorized', () => {
    expect(cognitoErrorMessage(authError('NotAuthorizedException', 'Incorrect username or password.'), 'signIn')).toBe(
      'Incorrect email or password.',
    );
  });

  it('should say the current password is wrong when a password change is not authorized', () => {
    expect(cognitoErrorMessage(authError('NotAuthorizedException', 'Incorrect username or password.'), 'changePassword')).toBe(
      'Your current password is not right.',
    );
  });

  it('should point to the authenticator app when a sign-in or setup code does not match', () => {
    expect(cognitoErrorMessage(authError('CodeMismatchException'), 'confirmSignInWithTotp')).toBe(AUTHENTICATOR_CODE_ERROR);
    expect(cognitoErrorMessage(authError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA'), 'twoFactor')).toBe(
      AUTHENTICATOR_CODE_ERROR,
    );
  });

  it('should not reveal whether the account exists when sign-in finds no user', () => {
    expect(cognitoErrorMessage(authError('UserNotFoundException'), 'signIn')).toBe('Incorrect email or password.');
  });

  it('should say no account was found when resetting a password for an unknown user', () => {
    expect(cognitoErrorMessage(authError('UserNotFoundException'), 'forgotPassword')).toContain('could not find an account');
  });

  it('should explain the lockout when password attempts are exceeded', () => {
    expect(cognitoErrorMessage(authError('NotAuthorizedException', 'Password attempts exceeded'), 'signIn')).toContain(
      'Too many failed sign-in attempts',
    );
  });

  it('should say the account is disabled when Cognito says so', () => {
    expect(cognitoErrorMessage(authError('NotAuthorizedException', 'User is disabled.'), 'signIn')).toContain('disabled');
  });

  it('should say the email is already confirmed when confirming twice', () => {
    const error = authError('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
    expect(cognitoErrorMessage(error, 'confirmSignUp')).toContain('already confirmed');
  });

  const cases: ReadonlyArray<[string, string]> = [
    ['UserNotConfirmedException', 'not confirmed'],
    ['UsernameExistsException', 'already exists'],
    ['CodeMismatchException', 'code is not right'],
    ['ExpiredCodeException', 'expired'],
    ['LimitExceededException', 'Too many attempts'],
    ['TooManyRequestsException', 'Too many requests'],
    ['TooManyFailedAttemptsException', 'Too many failed attempts'],
    ['InvalidPasswordException', 'at least 8 characters'],
    ['PasswordResetRequiredException', 'reset your password'],
    ['CodeDeliveryFailureException', 'could not send the code'],
    ['InvalidParameterException', 'not valid'],
    ['UserAlreadyAuthenticatedException', 'already signed in'],
    ['InternalErrorException', 'had a problem'],
  ];
  for (const [name, expected] of cases) {
    it(`should explain ${name} when Cognito raises it`, () => {
      expect(cognitoErrorMessage(authError(name), 'signUp')).toContain(expected);
    });
  }

  it('should report a network problem when Amplify raises NetworkError', () => {
    expect(cognitoErrorMessage(authError('NetworkError', 'A network error has occurred.'), 'signIn')).toBe(NETWORK_AUTH_ERROR);
  });

  it('should report a network problem when fetch fails with a TypeError', () => {
    expect(cognitoErrorMessage(new TypeError('Failed to fetch'), 'signIn')).toBe(NETWORK_AUTH_ERROR);
  });

  it('should fall back to a generic message when the error is unknown', () => {
    expect(cognitoErrorMessage(authError('SomethingNewException'), 'signIn')).toBe(GENERIC_AUTH_ERROR);
    expect(cognitoErrorMessage('weird', 'signIn')).toBe(GENERIC_AUTH_ERROR);
  });
});
