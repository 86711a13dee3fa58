import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { toDataURL } from 'qrcode';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthService } from '../../../core/auth/auth.service';
import { cognitoErrorMessage } from '../cognito-errors';
import { CODE_VALIDATORS, CodeField } from '../ui/code-field.component';

/** The issuer authenticator apps list the account under. */
export const TOTP_ISSUER = 'Play-Along';

interface PendingSetup {
  readonly secret: string;
  readonly qrCode: string;
}

/**
 * Settings section: two-factor sign-in with an authenticator app (Cognito TOTP). Setting it up shows
 * a QR code and the secret for typing in, and turns it on once a code from the app is verified.
 */
@Component({
  selector: 'app-two-factor',
  imports: [ReactiveFormsModule, MatButton, MatProgressBar, CodeField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './two-factor.component.html',
  styleUrl: './settings-section.scss',
  styles: `
    .qr {
      display: block;
      width: 200px;
      height: 200px;
      margin: 8px 0;
    }
    .secret {
      font-family: monospace;
      word-break: break-all;
    }
  `,
  host: { role: 'region', 'aria-labelledby': 'two-factor-heading' },
})
export class TwoFactor {
  private readonly amplify = inject(AmplifyAuth);
  private readonly auth = inject(AuthService);

  protected readonly preference = resource({ loader: () => this.amplify.fetchMFAPreference() });
  protected readonly loadError = computed(() => {
    const error = this.preference.error();
    return error ? cognitoErrorMessage(error, 'twoFactor') : null;
  });
  protected readonly enabled = computed(() => this.preference.hasValue() && (this.preference.value().enabled ?? []).includes('TOTP'));
  protected readonly setup = signal<PendingSetup | null>(null);
  protected readonly codeForm = inject(NonNullableFormBuilder).group({ code: ['', CODE_VALIDATORS] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected async startSetup(): Promise<void> {
    await this.act(async () => {
      const details = await this.amplify.setUpTOTP();
      const uri = details.getSetupUri(TOTP_ISSUER, this.auth.user()?.email);
      this.setup.set({ secret: details.sharedSecret, qrCode: await toDataURL(uri.href, { margin: 1, width: 200 }) });
    });
  }

  protected async verify(): Promise<void> {
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    const code = this.codeForm.getRawValue().code.trim();
    await this.act(async () => {
      await this.amplify.verifyTOTPSetup({ code });
      await this.amplify.updateMFAPreference({ totp: 'PREFERRED' });
      this.finish({ enabled: ['TOTP'], preferred: 'TOTP' }, $localize`:@@account.twoFactor.turnedOn:Two-factor sign-in is on. Next time, sign-in asks for a code from your app.`);
    });
  }

  protected cancelSetup(): void {
    this.setup.set(null);
    this.codeForm.reset();
    this.error.set(null);
  }

  protected async turnOff(): Promise<void> {
    await this.act(async () => {
      await this.amplify.updateMFAPreference({ totp: 'DISABLED' });
      this.finish({}, $localize`:@@account.twoFactor.turnedOff:Two-factor sign-in is off. Sign-in asks only for your password.`);
    });
  }

  private finish(preference: Awaited<ReturnType<AmplifyAuth['fetchMFAPreference']>>, notice: string): void {
    this.preference.set(preference);
    this.cancelSetup();
    this.notice.set(notice);
  }

  private async act(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(cognitoErrorMessage(error, 'twoFactor'));
    } finally {
      this.busy.set(false);
    }
  }
}
