import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { cognitoErrorMessage } from '../cognito-errors';
import { PendingAccount } from '../pending-account.service';

@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatError, MatInput, MatButton, MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password.page.html',
  styleUrl: '../account-page.scss',
})
export default class ForgotPasswordPage {
  private readonly amplify = inject(AmplifyAuth);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.pending.email(), [Validators.required, Validators.email]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    const username = this.form.controls.email.value.trim().toLowerCase();
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { nextStep } = await this.amplify.resetPassword({ username });
      this.pending.email.set(username);
      if (nextStep.resetPasswordStep === 'DONE') {
        this.pending.notice.set('Your password has been reset. Sign in with your new password.');
        await this.router.navigate(['/account/sign-in']);
        return;
      }
      const destination = nextStep.codeDeliveryDetails.destination ?? username;
      this.pending.notice.set(`If an account exists for ${username}, we sent a code to ${destination}.`);
      await this.router.navigate(['/account/reset']);
    } catch (error) {
      this.error.set(cognitoErrorMessage(error, 'forgotPassword'));
    } finally {
      this.submitting.set(false);
    }
  }
}
