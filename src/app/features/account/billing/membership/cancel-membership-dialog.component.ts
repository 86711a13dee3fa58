import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export interface CancelMembershipData {
  /** When the paid period ends (ISO date-time); access continues until then. */
  readonly periodEnd: string | null;
}

/** Asks before cancelling the membership at the end of its period; closes with true to cancel. Keeping it has the initial focus. */
@Component({
  selector: 'app-cancel-membership-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title i18n="@@account.cancelDialog.heading">Cancel your membership?</h2>
    <mat-dialog-content>
      @if (data.periodEnd) {
        <p i18n="@@account.cancelDialog.until">You keep every course until {{ data.periodEnd | date: 'longDate' }}. After that, your membership ends and you are not charged again.</p>
      } @else {
        <p i18n="@@account.cancelDialog.untilPeriodEnd">You keep every course until the end of the period you paid for. After that, your membership ends and you are not charged again.</p>
      }
      <p i18n="@@account.cancelDialog.resumeHint">You can resume it any time before then.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial i18n="@@account.cancelDialog.keep">Keep membership</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" i18n="@@account.cancelDialog.confirm">Cancel membership</button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class CancelMembershipDialog {
  protected readonly data = inject<CancelMembershipData>(MAT_DIALOG_DATA);
}
