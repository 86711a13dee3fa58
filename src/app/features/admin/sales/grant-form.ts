import { FormControl, FormGroup, type AbstractControl, type ValidationErrors, Validators } from '@angular/forms';

export const REASON_MAX = 500;
export const EMAIL_MAX = 254;

/** Same shape the server accepts: something@domain.tld, no spaces. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Required text that is more than spaces. */
export function notBlank(control: AbstractControl): ValidationErrors | null {
  return String(control.value ?? '').trim() === '' ? { required: true } : null;
}

function emailAddress(control: AbstractControl): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  return value === '' || EMAIL_PATTERN.test(value) ? null : { email: true };
}

export function reasonControl(): FormControl<string> {
  return new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(REASON_MAX)] });
}

export function createGrantForm() {
  return new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [notBlank, emailAddress, Validators.maxLength(EMAIL_MAX)] }),
    reason: reasonControl(),
  });
}

export type GrantForm = ReturnType<typeof createGrantForm>;

/** The message shown under a field, or null while it is valid. */
export function fieldError(control: AbstractControl, field: 'email' | 'reason'): string | null {
  if (control.hasError('required')) return field === 'email'
      ? $localize`:@@admin.grant.error.emailRequired:Enter the email the student signs in with.`
      : $localize`:@@admin.grant.error.reasonRequired:Enter a reason.`;
  if (control.hasError('email')) return $localize`:@@admin.grant.error.email:Enter an email address like name@example.com.`;
  const tooLong = control.getError('maxlength') as { requiredLength: number } | null;
  if (tooLong) return $localize`:@@admin.grant.error.tooLong:Use at most ${tooLong.requiredLength}:max: characters.`;
  return null;
}
