import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { SIGN_IN_PATH } from '../../../core/auth/auth.guards';
import { backendCall, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { PendingAccount } from '../pending-account.service';
import { DELETE_CONFIRMATION, DeleteAccountDialog } from './delete-account-dialog.component';

export const ACCOUNT_DELETED_NOTICE = $localize`:@@account.deleteAccount.done:Your account has been deleted.`;

/** Settings section: deletes the account after a typed confirmation; the backend removes the user and their records. */
@Component({
  selector: 'app-delete-account',
  imports: [MatButton, MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="delete-account-heading" i18n="@@account.deleteAccount.heading">Delete account</h2>
    <p i18n="@@account.deleteAccount.intro">Deletes your profile, progress and course access for good. Orders and receipts are kept for our accounts.</p>
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" aria-label="Deleting your account" i18n-aria-label="@@account.deleteAccount.deleting" />
    }
    @if (error(); as message) {
      <p class="form-error" role="alert" i18n="@@account.deleteAccount.failed">Your account was not deleted: {{ message }}</p>
    }
    <div class="actions">
      <button mat-stroked-button type="button" class="danger" [disabled]="busy()" (click)="confirmAndDelete()" i18n="@@account.deleteAccount.open">Delete account…</button>
    </div>
  `,
  styleUrl: './settings-section.scss',
  styles: `
    .danger {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
    }
  `,
  host: { role: 'region', 'aria-labelledby': 'delete-account-heading' },
})
export class DeleteAccount {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingAccount);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async confirmAndDelete(): Promise<void> {
    if (this.busy()) return;
    const confirmed = await firstValueFrom(this.dialog.open<DeleteAccountDialog, void, boolean>(DeleteAccountDialog).afterClosed());
    if (!confirmed) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await backendCall(this.data.client.mutations.deleteMyAccount({ confirmation: DELETE_CONFIRMATION }));
    } catch (error) {
      this.error.set(toBackendError(error).message);
      this.busy.set(false);
      return;
    }
    // The user no longer exists, so revoking this device's tokens may fail; they are cleared either way.
    await this.auth.signOut().catch(() => undefined);
    this.pending.notice.set(ACCOUNT_DELETED_NOTICE);
    await this.router.navigateByUrl(SIGN_IN_PATH);
  }
}
