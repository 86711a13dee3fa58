import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { startWith, switchMap } from 'rxjs';
import { passwordPolicyValidator, passwordsMatchValidator } from '../password-policy';
import { PasswordRules } from '../password-rules';

export type NewPasswordGroup = FormGroup<{ password: FormControl<string>; confirmPassword: FormControl<string> }>;

/** The password + confirmation controls of a form that sets a password, with the policy and match checks. */
export function newPasswordGroup(): NewPasswordGroup {
  return new FormGroup(
    {
      password: new FormControl('', { nonNullable: true, validators: [Validators.required, passwordPolicyValidator] }),
      confirmPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    },
    { validators: passwordsMatchValidator('password', 'confirmPassword') },
  );
}

/** Sign-up chooses the first password; reset chooses a new one, and says so. */
export type NewPasswordPurpose = 'sign-up' | 'reset';

const WORDING: Readonly<Record<NewPasswordPurpose, { password: string; required: string; confirm: string; again: string }>> = {
  'sign-up': {
    password: $localize`:@@account.newPassword.signUp.password:Password`,
    required: $localize`:@@account.newPassword.signUp.required:Choose a password.`,
    confirm: $localize`:@@account.newPassword.signUp.confirm:Confirm password`,
    again: $localize`:@@account.newPassword.signUp.again:Type the password again.`,
  },
  reset: {
    password: $localize`:@@account.newPassword.reset.password:New password`,
    required: $localize`:@@account.newPassword.reset.required:Choose a new password.`,
    confirm: $localize`:@@account.newPassword.reset.confirm:Confirm new password`,
    again: $localize`:@@account.newPassword.reset.again:Type the new password again.`,
  },
};

/** Password and confirmation fields with the live rules checklist and the mismatch alert. */
@Component({
  selector: 'app-new-password-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, PasswordRules],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ wording().password }}</mat-label>
      <input
        matInput
        [formControl]="group().controls.password"
        name="password"
        type="password"
        autocomplete="new-password"
        [aria-describedby]="rulesId()"
        required
      />
      @if (group().controls.password.hasError('required')) {
        <mat-error>{{ wording().required }}</mat-error>
      } @else if (group().controls.password.hasError('passwordWhitespace')) {
        <mat-error i18n="@@account.newPassword.whitespace">The password cannot start or end with a space.</mat-error>
      } @else if (group().controls.password.hasError('passwordPolicy')) {
        <mat-error i18n="@@account.newPassword.policy">The password does not meet all the requirements below.</mat-error>
      }
    </mat-form-field>
    <app-password-rules [password]="password()" [listId]="rulesId()" />
    <mat-form-field appearance="outline">
      <mat-label>{{ wording().confirm }}</mat-label>
      <input
        matInput
        [formControl]="group().controls.confirmPassword"
        name="confirmPassword"
        type="password"
        autocomplete="new-password"
        required
      />
      @if (group().controls.confirmPassword.hasError('required')) {
        <mat-error>{{ wording().again }}</mat-error>
      }
    </mat-form-field>
    @if (group().hasError('passwordMismatch') && group().controls.confirmPassword.touched) {
      <p class="form-error" role="alert" i18n="@@account.newPassword.mismatch">The passwords do not match.</p>
    }
  `,
  styleUrl: './new-password-fields.component.scss',
})
export class NewPasswordFields {
  readonly group = input.required<NewPasswordGroup>();
  readonly purpose = input.required<NewPasswordPurpose>();

  protected readonly wording = computed(() => WORDING[this.purpose()]);
  protected readonly rulesId = computed(() => `${this.purpose()}-password-rules`);
  protected readonly password = toSignal(
    toObservable(this.group).pipe(
      switchMap(({ controls: { password } }) => password.valueChanges.pipe(startWith(password.value))),
    ),
    { initialValue: '' },
  );
}
