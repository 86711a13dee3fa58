import { ChangeDetectionStrategy, Component } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/** The word typed to confirm; deleteMyAccount refuses anything else. */
export const DELETE_CONFIRMATION = 'DELETE';

/** Asks for DELETE to be typed before deleting the account; closes with true to delete. Cancel has the initial focus. */
@Component({
  selector: 'app-delete-account-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormField, MatLabel, MatHint, MatInput],
  template: `
    <h2 mat-dialog-title i18n="@@account.deleteDialog.heading">Delete your account?</h2>
    <mat-dialog-content>
      <p i18n="@@account.deleteDialog.consequences">
        Your profile, progress, practice history, saved loops and course access are deleted, and a membership ends now without a
        refund. You cannot sign in again. Your orders and receipts are kept for our accounts.
      </p>
      <mat-form-field appearance="outline">
        <mat-label i18n="@@account.deleteDialog.typeToConfirm">Type {{ word }} to confirm</mat-label>
        <input matInput [formControl]="typed" name="deleteConfirmation" autocomplete="off" />
        <mat-hint i18n="@@account.deleteDialog.cannotUndo">This cannot be undone.</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial i18n="@@account.deleteDialog.cancel">Cancel</button>
      <button mat-flat-button type="button" class="danger" [disabled]="typedValue() !== word" [mat-dialog-close]="true" i18n="@@account.deleteDialog.confirm">
        Delete account
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    .danger:not(:disabled) {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeleteAccountDialog {
  protected readonly word = DELETE_CONFIRMATION;
  protected readonly typed = new FormControl('', { nonNullable: true });
  protected readonly typedValue = toSignal(this.typed.valueChanges, { initialValue: '' });
}
