import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthSubmission, normaliseEmail } from '../auth-submission';
import { PendingAccount } from '../pending-account.service';
import { safeReturnUrl } from '../return-url';
import { AccountCard } from '../ui/account-card.component';
import { EMAIL_VALIDATORS, EmailField } from '../ui/email-field.component';
import { NewPasswordFields, newPasswordGroup } from '../ui/new-password-fields.component';

@Component({
  selector: 'app-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatProgressBar,
    AccountCard,
    EmailField,
    NewPasswordFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-up.page.html',
  styleUrl: '../account-page.scss',
})
export default class SignUpPage {
  private readonly amplify = inject(AmplifyAuth);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: [this.pending.email(), EMAIL_VALIDATORS],
    passwords: newPasswordGroup(),
  });
  protected readonly submission = new AuthSubmission();

  protected async submit(): Promise<void> {
    const { email, passwords } = this.form.getRawValue();
    const username = normaliseEmail(email);
    await this.submission.run('signUp', this.form, async () => {
      const { nextStep } = await this.amplify.signUp({
        username,
        password: passwords.password,
        options: { userAttributes: { email: username }, autoSignIn: true },
      });
      this.pending.email.set(username);
      if (nextStep.signUpStep === 'CONFIRM_SIGN_UP') {
        this.pending.notice.set($localize`:@@account.signUp.codeSent:We emailed a confirmation code to ${username}:email:.`);
        await this.router.navigate(['/account/confirm'], { queryParams: { returnUrl: this.returnUrl() } });
      } else if (nextStep.signUpStep === 'COMPLETE_AUTO_SIGN_IN') {
        await this.amplify.autoSignIn();
        await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      } else {
        this.pending.notice.set($localize`:@@account.signUp.ready:Your account is ready. Sign in to continue.`);
        await this.router.navigate(['/account/sign-in'], { queryParams: { returnUrl: this.returnUrl() } });
      }
    });
  }
}
