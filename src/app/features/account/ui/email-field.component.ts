import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

export const EMAIL_VALIDATORS = [Validators.required, Validators.email];

/** The Email field of the account forms with its required / format errors. */
@Component({
  selector: 'app-email-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label i18n="@@account.emailField.label">Email</mat-label>
      <input
        matInput
        [formControl]="control()"
        name="email"
        type="email"
        [attr.autocomplete]="autocomplete()"
        inputmode="email"
        required
      />
      @if (control().hasError('required')) {
        <mat-error i18n="@@account.emailField.required">Enter your email address.</mat-error>
      } @else if (control().hasError('email')) {
        <mat-error i18n="@@account.emailField.invalid">Enter a valid email address.</mat-error>
      }
    </mat-form-field>
  `,
  styleUrl: './account-field.scss',
})
export class EmailField {
  readonly control = input.required<FormControl<string>>();
  /** `username` where an existing account is meant (sign-in, reset), `email` when creating one. */
  readonly autocomplete = input<'username' | 'email'>('username');
}
