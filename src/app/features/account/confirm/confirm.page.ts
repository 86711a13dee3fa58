import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthService } from '../../../core/auth/auth.service';
import { cognitoErrorMessage } from '../cognito-errors';
import { PendingAccount } from '../pending-account.service';
import { safeReturnUrl } from '../return-url';

export const CONFIRMATION_CODE_PATTERN = /^\s*\d{6}\s*$/;

@Component({
  selector: 'app-confirm-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatHint, MatError, MatInput, MatButton, MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './confirm.page.html',
  styleUrl: '../account-page.scss',
})
export default class ConfirmPage {
  private readonly amplify = inject(AmplifyAuth);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.pending.email(), [Validators.required, Validators.email]],
    code: ['', [Validators.required, Validators.pattern(CONFIRMATION_CODE_PATTERN)]],
  });
  protected readonly busy = signal<'confirm' | 'resend' | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal(this.pending.takeNotice());

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const username = this.form.controls.email.value.trim().toLowerCase();
    this.busy.set('confirm');
    this.error.set(null);
    try {
      const { nextStep } = await this.amplify.confirmSignUp({
        username,
        confirmationCode: this.form.controls.code.value.trim(),
      });
      if (nextStep.signUpStep === 'COMPLETE_AUTO_SIGN_IN') {
        await this.completeAutoSignIn(username);
      } else {
        await this.goToSignIn(username, 'Your email is confirmed. Sign in to continue.');
      }
    } catch (error) {
      this.error.set(cognitoErrorMessage(error, 'confirmSignUp'));
    } finally {
      this.busy.set(null);
    }
  }

  protected async resend(): Promise<void> {
    const email = this.form.controls.email;
    if (email.invalid || this.busy()) {
      email.markAsTouched();
      return;
    }
    const username = email.value.trim().toLowerCase();
    this.busy.set('resend');
    this.error.set(null);
    try {
      const details = await this.amplify.resendSignUpCode({ username });
      this.notice.set(`We sent a new code to ${details.destination ?? username}.`);
    } catch (error) {
      this.error.set(cognitoErrorMessage(error, 'resendCode'));
    } finally {
      this.busy.set(null);
    }
  }

  private async completeAutoSignIn(username: string): Promise<void> {
    try {
      const { nextStep } = await this.amplify.autoSignIn();
      if (nextStep.signInStep === 'DONE') {
        await this.auth.refresh();
        await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
        return;
      }
    } catch {
      // Auto sign-in only works in the tab that signed up; fall back to the sign-in form.
    }
    await this.goToSignIn(username, 'Your email is confirmed. Sign in to continue.');
  }

  private async goToSignIn(username: string, notice: string): Promise<void> {
    this.pending.email.set(username);
    this.pending.notice.set(notice);
    await this.router.navigate(['/account/sign-in'], { queryParams: { returnUrl: this.returnUrl() } });
  }
}
