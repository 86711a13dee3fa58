import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthService } from '../../../core/auth/auth.service';
import { AuthSubmission, normaliseEmail } from '../auth-submission';
import { errorName } from '../cognito-errors';
import { PendingAccount } from '../pending-account.service';
import { safeReturnUrl } from '../return-url';
import { AccountCard } from '../ui/account-card.component';
import { CODE_VALIDATORS, CodeField } from '../ui/code-field.component';
import { EMAIL_VALIDATORS, EmailField } from '../ui/email-field.component';

const UNSUPPORTED_STEP =
  $localize`:@@account.signIn.unsupportedStep:This sign-in step is not supported here. Please contact support.`;

@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatProgressBar,
    AccountCard,
    EmailField,
    CodeField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
  styleUrl: '../account-page.scss',
})
export default class SignInPage {
  private readonly amplify = inject(AmplifyAuth);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  /** Bound from the `returnUrl` query parameter. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.pending.email(), EMAIL_VALIDATORS],
    password: ['', Validators.required],
  });
  /** The authenticator-app code Cognito asks for after the password when two-factor sign-in is on. */
  protected readonly totpForm = inject(NonNullableFormBuilder).group({ code: ['', CODE_VALIDATORS] });
  protected readonly step = signal<'password' | 'totp'>('password');
  protected readonly submission = new AuthSubmission();
  protected readonly notice = signal(this.pending.takeNotice());

  protected async submit(): Promise<void> {
    const { email, password } = this.form.getRawValue();
    const username = normaliseEmail(email);
    await this.submission.run(
      'signIn',
      this.form,
      async () => {
        const { nextStep } = await this.amplify.signIn({ username, password });
        switch (nextStep.signInStep) {
          case 'DONE':
            await this.finishSignIn();
            return;
          case 'CONFIRM_SIGN_UP':
            await this.goToConfirm(username);
            return;
          case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
            this.step.set('totp');
            return;
          case 'RESET_PASSWORD':
            this.pending.email.set(username);
            await this.router.navigate(['/account/forgot-password']);
            return;
          default:
            this.submission.error.set(UNSUPPORTED_STEP);
        }
      },
      (error) => this.recover(error, username),
    );
  }

  protected async submitCode(): Promise<void> {
    const code = this.totpForm.getRawValue().code.trim();
    await this.submission.run('confirmSignInWithTotp', this.totpForm, async () => {
      const { nextStep } = await this.amplify.confirmSignIn({ challengeResponse: code });
      if (nextStep.signInStep === 'DONE') await this.finishSignIn();
      else this.submission.error.set(UNSUPPORTED_STEP);
    });
  }

  /** Back to the password: Cognito's sign-in session for the code expires, so it starts again. */
  protected startAgain(): void {
    this.totpForm.reset();
    this.submission.error.set(null);
    this.step.set('password');
  }

  private async recover(error: unknown, username: string): Promise<boolean> {
    switch (errorName(error)) {
      case 'UserNotConfirmedException':
        await this.goToConfirm(username);
        return true;
      case 'UserAlreadyAuthenticatedException':
        await this.finishSignIn();
        return true;
      default:
        return false;
    }
  }

  private async finishSignIn(): Promise<void> {
    await this.auth.refresh();
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }

  private async goToConfirm(email: string): Promise<void> {
    this.pending.email.set(email);
    this.pending.notice.set(
      $localize`:@@account.signIn.notConfirmed:Your email address is not confirmed yet. Enter the code we emailed you, or send a new one.`,
    );
    await this.router.navigate(['/account/confirm'], { queryParams: { returnUrl: this.returnUrl() } });
  }
}
