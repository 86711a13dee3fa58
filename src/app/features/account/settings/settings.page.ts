import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthService } from '../../../core/auth/auth.service';
import { ChangePasswordForm } from './change-password-form.component';
import { DeleteAccount } from './delete-account.component';
import { DisplayNameForm } from './display-name-form.component';
import { SignOutEverywhere } from './sign-out-everywhere.component';
import { TwoFactor } from './two-factor.component';

/** Account → Settings: the signed-in user's name, password, two-factor sign-in, sessions and the account itself. */
@Component({
  selector: 'app-settings-page',
  imports: [DisplayNameForm, ChangePasswordForm, TwoFactor, SignOutEverywhere, DeleteAccount],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings.page.html',
  styleUrl: './settings.page.scss',
})
export default class SettingsPage {
  protected readonly auth = inject(AuthService);
}
