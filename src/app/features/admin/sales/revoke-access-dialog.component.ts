import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { reasonControl } from './grant-form';
import { ReasonField } from './reason-field.component';

export interface RevokeAccessData {
  /** How the student is named in the question: their email, or their id when it is unknown. */
  readonly student: string;
}

/** Asks why access is revoked; closes with the reason, or with nothing when cancelled. */
@Component({
  selector: 'app-revoke-access-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatButton, ReasonField],
  template: `
    <h2 mat-dialog-title i18n="@@admin.revoke.heading">Revoke access for {{ data.student }}?</h2>
    <form (ngSubmit)="confirm()" [formGroup]="form">
      <mat-dialog-content>
        <p i18n="@@admin.revoke.consequence">They will no longer be able to play the course's paid lessons. A purchase is not refunded.</p>
        <app-reason-field [control]="reason" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()" i18n="@@admin.revoke.cancel">Cancel</button>
        <button mat-flat-button type="submit" class="danger" i18n="@@admin.revoke.confirm">Revoke access</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RevokeAccessDialog {
  protected readonly data = inject<RevokeAccessData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RevokeAccessDialog, string>>(MatDialogRef);
  protected readonly reason = reasonControl();
  protected readonly form = new FormGroup({ reason: this.reason });

  protected confirm(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.dialogRef.close(this.reason.value.trim());
  }

  protected cancel(): void {
    this.dialogRef.close();
  }
}
