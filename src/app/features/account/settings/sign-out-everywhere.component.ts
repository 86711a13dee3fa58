import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { SIGN_IN_PATH } from '../../../core/auth/auth.guards';
import { cognitoErrorMessage } from '../cognito-errors';
import { PendingAccount } from '../pending-account.service';

export const SIGNED_OUT_EVERYWHERE_NOTICE = $localize`:@@account.signOutEverywhere.done:You have been signed out on every device. Sign in again to continue.`;

/** Settings section: revokes every session of the user (a lost phone, a shared computer), this one included. */
@Component({
  selector: 'app-sign-out-everywhere',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="sign-out-everywhere-heading" i18n="@@account.signOutEverywhere.heading">Devices</h2>
    <p i18n="@@account.signOutEverywhere.intro">Signed in somewhere you no longer use? Sign out on every device, including this one.</p>
    @if (error(); as message) {
      <p class="form-error" role="alert">{{ message }}</p>
    }
    <div class="actions">
      <button mat-stroked-button type="button" [disabled]="busy()" (click)="signOutEverywhere()">
        @if (busy()) {
          <ng-container i18n="@@account.signOutEverywhere.busy">Signing out…</ng-container>
        } @else {
          <ng-container i18n="@@account.signOutEverywhere.submit">Sign out of all devices</ng-container>
        }
      </button>
    </div>
  `,
  styleUrl: './settings-section.scss',
  host: { role: 'region', 'aria-labelledby': 'sign-out-everywhere-heading' },
})
export class SignOutEverywhere {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async signOutEverywhere(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.auth.signOut('everywhere');
      this.pending.notice.set(SIGNED_OUT_EVERYWHERE_NOTICE);
      await this.router.navigateByUrl(SIGN_IN_PATH);
    } catch (error) {
      this.error.set(cognitoErrorMessage(error, 'signOut'));
    } finally {
      this.busy.set(false);
    }
  }
}
