import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { fieldError, reasonControl } from './grant-form';

export interface RevokeAccessData {
  /** How the student is named in the question: their email, or their id when it is unknown. */
  readonly student: string;
}

/** Asks why access is revoked; closes with the reason, or with nothing when cancelled. */
@Component({
  selector: 'app-revoke-access-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
  ],
  template: `
    <h2 mat-dialog-title>Revoke access for {{ data.student }}?</h2>
    <form (ngSubmit)="confirm()" [formGroup]="form">
      <mat-dialog-content>
        <p>They will no longer be able to play the course's paid lessons. A purchase is not refunded.</p>
        <mat-form-field appearance="outline" class="reason">
          <mat-label>Reason</mat-label>
          <textarea matInput formControlName="reason" rows="3" cdkFocusInitial></textarea>
          <mat-hint>Kept in the audit trail.</mat-hint>
          <mat-error>{{ error() }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Cancel</button>
        <button mat-flat-button type="submit" class="danger">Revoke access</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RevokeAccessDialog {
  protected readonly data = inject<RevokeAccessData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RevokeAccessDialog, string>>(MatDialogRef);
  private readonly reason = reasonControl();
  protected readonly form = new FormGroup({ reason: this.reason });

  protected error(): string {
    return fieldError(this.reason, 'reason') ?? '';
  }

  protected confirm(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.dialogRef.close(this.reason.value.trim());
  }

  protected cancel(): void {
    this.dialogRef.close();
  }
}
