import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

export interface PasswordRule {
  readonly key: 'minLength' | 'lowercase' | 'uppercase' | 'digit' | 'symbol';
  readonly label: string;
  readonly test: (password: string) => boolean;
}

export const PASSWORD_MIN_LENGTH = 8;

// Cognito's special characters; a space inside the password also counts.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** The user pool's password policy (Amplify's default: 8+ characters with upper, lower, digit and symbol). */
export const PASSWORD_RULES: readonly PasswordRule[] = [
  { key: 'minLength', label: $localize`:@@account.passwordRules.minLength:At least ${PASSWORD_MIN_LENGTH}:count: characters`, test: (p) => p.length >= PASSWORD_MIN_LENGTH },
  { key: 'uppercase', label: $localize`:@@account.passwordRules.uppercase:An uppercase letter`, test: (p) => /[A-Z]/.test(p) },
  { key: 'lowercase', label: $localize`:@@account.passwordRules.lowercase:A lowercase letter`, test: (p) => /[a-z]/.test(p) },
  { key: 'digit', label: $localize`:@@account.passwordRules.digit:A number`, test: (p) => /\d/.test(p) },
  { key: 'symbol', label: $localize`:@@account.passwordRules.symbol:A symbol such as ! ? # or -`, test: (p) => SYMBOL.test(p) },
];

export function unmetPasswordRules(password: string): PasswordRule[] {
  return PASSWORD_RULES.filter((rule) => !rule.test(password));
}

/** Fails with `{ passwordPolicy: { unmet: [...rule keys] } }`; empty values are left to `Validators.required`. */
export const passwordPolicyValidator: ValidatorFn = (control: AbstractControl<unknown>): ValidationErrors | null => {
  const value = control.value;
  if (typeof value !== 'string' || value === '') {
    return null;
  }
  const unmet = unmetPasswordRules(value).map((rule) => rule.key);
  if (value !== value.trim()) {
    return { passwordPolicy: { unmet }, passwordWhitespace: true };
  }
  return unmet.length > 0 ? { passwordPolicy: { unmet } } : null;
};

/** Group validator: fails with `{ passwordMismatch: true }` when `confirmKey` differs from `passwordKey`. */
export function passwordsMatchValidator(passwordKey: string, confirmKey: string): ValidatorFn {
  return (group: AbstractControl<unknown>): ValidationErrors | null => {
    const password = group.get(passwordKey)?.value;
    const confirm = group.get(confirmKey)?.value;
    return confirm && password !== confirm ? { passwordMismatch: true } : null;
  };
}
