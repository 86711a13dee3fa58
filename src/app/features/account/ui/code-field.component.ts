import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/** Accepts the 6-digit code from a Cognito email, with spaces around it (users paste it). */
export const CONFIRMATION_CODE_PATTERN = /^\s*\d{6}\s*$/;

export const CODE_VALIDATORS = [Validators.required, Validators.pattern(CONFIRMATION_CODE_PATTERN)];

/** The emailed-code field of the confirm and reset forms. */
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
      <mat-hint>The 6-digit code from the email we sent you.</mat-hint>
      @if (control().hasError('required')) {
        <mat-error>Enter the code from the email.</mat-error>
      } @else if (control().hasError('pattern')) {
        <mat-error>The code is 6 digits.</mat-error>
      }
    </mat-form-field>
  `,
  styleUrl: './account-field.scss',
})
export class CodeField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
}
