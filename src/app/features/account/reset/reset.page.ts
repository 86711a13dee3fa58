import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthSubmission, normaliseEmail } from '../auth-submission';
import { PendingAccount } from '../pending-account.service';
import { AccountCard } from '../ui/account-card.component';
import { CODE_VALIDATORS, CodeField } from '../ui/code-field.component';
import { EMAIL_VALIDATORS, EmailField } from '../ui/email-field.component';
import { NewPasswordFields, newPasswordGroup } from '../ui/new-password-fields.component';

@Component({
  selector: 'app-reset-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatProgressBar,
    AccountCard,
    EmailField,
    CodeField,
    NewPasswordFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset.page.html',
  styleUrl: '../account-page.scss',
})
export default class ResetPage {
  private readonly amplify = inject(AmplifyAuth);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.pending.email(), EMAIL_VALIDATORS],
    code: ['', CODE_VALIDATORS],
    passwords: newPasswordGroup(),
  });
  protected readonly submission = new AuthSubmission();
  protected readonly notice = signal(this.pending.takeNotice());

  protected async submit(): Promise<void> {
    const { email, code, passwords } = this.form.getRawValue();
    const username = normaliseEmail(email);
    await this.submission.run('resetPassword', this.form, async () => {
      await this.amplify.confirmResetPassword({ username, confirmationCode: code.trim(), newPassword: passwords.password });
      this.pending.email.set(username);
      this.pending.notice.set($localize`:@@account.reset.done:Your password has been changed. Sign in with your new password.`);
      await this.router.navigate(['/account/sign-in']);
    });
  }
}
