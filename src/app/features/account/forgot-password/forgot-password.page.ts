import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthSubmission, normaliseEmail } from '../auth-submission';
import { PendingAccount } from '../pending-account.service';
import { AccountCard } from '../ui/account-card.component';
import { EMAIL_VALIDATORS, EmailField } from '../ui/email-field.component';

@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatProgressBar, AccountCard, EmailField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password.page.html',
  styleUrl: '../account-page.scss',
})
export default class ForgotPasswordPage {
  private readonly amplify = inject(AmplifyAuth);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.pending.email(), EMAIL_VALIDATORS],
  });
  protected readonly submission = new AuthSubmission();

  protected async submit(): Promise<void> {
    const username = normaliseEmail(this.form.controls.email.value);
    await this.submission.run('forgotPassword', this.form, async () => {
      const { nextStep } = await this.amplify.resetPassword({ username });
      this.pending.email.set(username);
      if (nextStep.resetPasswordStep === 'DONE') {
        this.pending.notice.set($localize`:@@account.forgot.done:Your password has been reset. Sign in with your new password.`);
        await this.router.navigate(['/account/sign-in']);
        return;
      }
      const destination = nextStep.codeDeliveryDetails.destination ?? username;
      this.pending.notice.set(
        $localize`:@@account.forgot.codeSent:If an account exists for ${username}:email:, we sent a code to ${destination}:destination:.`,
      );
      await this.router.navigate(['/account/reset']);
    });
  }
}
