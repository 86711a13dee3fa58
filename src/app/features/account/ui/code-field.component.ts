import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/** Accepts the 6-digit code from a Cognito email, with spaces around it (users paste it). */
export const CONFIRMATION_CODE_PATTERN = /^\s*\d{6}\s*$/;

export const CODE_VALIDATORS = [Validators.required, Validators.pattern(CONFIRMATION_CODE_PATTERN)];

/** Where the code comes from: an email we sent, or the user's authenticator app (two-factor sign-in). */
export type CodeSource = 'email' | 'authenticator';

const WORDING: Readonly<Record<CodeSource, { hint: string; required: string }>> = {
  email: {
    hint: $localize`:@@account.codeField.emailHint:The 6-digit code from the email we sent you.`,
    required: $localize`:@@account.codeField.emailRequired:Enter the code from the email.`,
  },
  authenticator: {
    hint: $localize`:@@account.codeField.authenticatorHint:The 6-digit code your authenticator app shows now.`,
    required: $localize`:@@account.codeField.authenticatorRequired:Enter the code from your authenticator app.`,
  },
};

/** The 6-digit code field of the confirm and reset forms and of two-factor sign-in. */
@Component({
  selector: 'app-code-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        name="code"
        autocomplete="one-time-code"
        inputmode="numeric"
        maxlength="8"
        required
      />
      <mat-hint>{{ wording().hint }}</mat-hint>
      @if (control().hasError('required')) {
        <mat-error>{{ wording().required }}</mat-error>
      } @else if (control().hasError('pattern')) {
        <mat-error i18n="@@account.codeField.pattern">The code is 6 digits.</mat-error>
      }
    </mat-form-field>
  `,
  styleUrl: './account-field.scss',
})
export class CodeField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly source = input<CodeSource>('email');

  protected readonly wording = computed(() => WORDING[this.source()]);
}
