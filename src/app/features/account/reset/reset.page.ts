import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { cognitoErrorMessage } from '../cognito-errors';
import { CONFIRMATION_CODE_PATTERN } from '../confirm/confirm.page';
import { passwordPolicyValidator, passwordsMatchValidator } from '../password-policy';
import { PasswordRules } from '../password-rules';
import { PendingAccount } from '../pending-account.service';

@Component({
  selector: 'app-reset-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatHint, MatError, MatInput, MatButton, MatProgressBar, PasswordRules],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset.page.html',
  styleUrl: '../account-page.scss',
})
export default class ResetPage {
  private readonly amplify = inject(AmplifyAuth);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      email: [this.pending.email(), [Validators.required, Validators.email]],
      code: ['', [Validators.required, Validators.pattern(CONFIRMATION_CODE_PATTERN)]],
      password: ['', [Validators.required, passwordPolicyValidator]],
      confirmPassword: ['', Validators.required],
    },
    { validators: passwordsMatchValidator('password', 'confirmPassword') },
  );
  protected readonly password = toSignal(this.form.controls.password.valueChanges, { initialValue: '' });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal(this.pending.takeNotice());

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, code, password } = this.form.getRawValue();
    const username = email.trim().toLowerCase();
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.amplify.confirmResetPassword({ username, confirmationCode: code.trim(), newPassword: password });
      this.pending.email.set(username);
      this.pending.notice.set('Your password has been changed. Sign in with your new password.');
      await this.router.navigate(['/account/sign-in']);
    } catch (error) {
      this.error.set(cognitoErrorMessage(error, 'resetPassword'));
    } finally {
      this.submitting.set(false);
    }
  }
}
