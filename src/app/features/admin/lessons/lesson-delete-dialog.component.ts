import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';

export interface LessonDeleteDialogData {
  readonly title: string;
}

/** Asks before a lesson is deleted; closes with true to delete. */
@Component({
  selector: 'app-lesson-delete-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose],
  template: `
    <h2 mat-dialog-title i18n="@@admin.deleteLesson.heading">Delete “{{ data.title }}”?</h2>
    <mat-dialog-content>
      <p i18n="@@admin.deleteLesson.consequence">The lesson is deleted with its video and its materials. This cannot be undone.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial i18n="@@admin.deleteLesson.cancel">Cancel</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" i18n="@@admin.deleteLesson.confirm">Delete lesson</button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class LessonDeleteDialog {
  protected readonly data = inject<LessonDeleteDialogData>(MAT_DIALOG_DATA);
}
