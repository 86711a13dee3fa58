import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthService } from '../../../core/auth/auth.service';
import { AuthSubmission, normaliseEmail } from '../auth-submission';
import { PendingAccount } from '../pending-account.service';
import { safeReturnUrl } from '../return-url';
import { AccountCard } from '../ui/account-card.component';
import { CODE_VALIDATORS, CodeField } from '../ui/code-field.component';
import { EMAIL_VALIDATORS, EmailField } from '../ui/email-field.component';

@Component({
  selector: 'app-confirm-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatProgressBar, AccountCard, EmailField, CodeField],
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
    email: [this.pending.email(), EMAIL_VALIDATORS],
    code: ['', CODE_VALIDATORS],
  });
  protected readonly submission = new AuthSubmission();
  protected readonly notice = signal(this.pending.takeNotice());
  protected readonly sendingLabel = $localize`:@@account.confirm.sending:Sending a new code`;
  protected readonly confirmingLabel = $localize`:@@account.confirm.confirming:Confirming`;

  protected async submit(): Promise<void> {
    const username = normaliseEmail(this.form.controls.email.value);
    await this.submission.run('confirmSignUp', this.form, async () => {
      const { nextStep } = await this.amplify.confirmSignUp({
        username,
        confirmationCode: this.form.controls.code.value.trim(),
      });
      if (nextStep.signUpStep === 'COMPLETE_AUTO_SIGN_IN') {
        await this.completeAutoSignIn(username);
      } else {
        await this.goToSignIn(username);
      }
    });
  }

  protected async resend(): Promise<void> {
    const email = this.form.controls.email;
    const username = normaliseEmail(email.value);
    await this.submission.run('resendCode', email, async () => {
      const details = await this.amplify.resendSignUpCode({ username });
      this.notice.set($localize`:@@account.confirm.newCodeSent:We sent a new code to ${details.destination ?? username}:destination:.`);
    });
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
    await this.goToSignIn(username);
  }

  private async goToSignIn(username: string): Promise<void> {
    this.pending.email.set(username);
    this.pending.notice.set($localize`:@@account.confirm.confirmed:Your email is confirmed. Sign in to continue.`);
    await this.router.navigate(['/account/sign-in'], { queryParams: { returnUrl: this.returnUrl() } });
  }
}
