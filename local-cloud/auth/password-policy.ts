import { CognitoError } from 'cognito-local/lib/errors.js';

/** The characters Cognito counts as symbols. */
const symbols = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** Amplify's default policy (min 8, upper, lower, digits, symbols); cognito-local enforces none. */
export function passwordPolicyViolation(password: string): string | undefined {
  if (password.length < 8) return 'Password not long enough';
  if (!/[A-Z]/.test(password)) return 'Password must have uppercase characters';
  if (!/[a-z]/.test(password)) return 'Password must have lowercase characters';
  if (!/[0-9]/.test(password)) return 'Password must have numeric characters';
  if (!symbols.test(password)) return 'Password must have symbol characters';
  return undefined;
}

export function assertPasswordConforms(password: unknown): void {
  const violation = typeof password === 'string' ? passwordPolicyViolation(password) : 'Password not long enough';
  if (violation) throw new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${violation}`);
}
