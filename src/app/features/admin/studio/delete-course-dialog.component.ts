import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export interface DeleteCourseDialogData {
  readonly title: string;
}

/** Asks before deleting a course, naming it; closes with true to delete. Cancel has the initial focus. */
@Component({
  selector: 'app-delete-course-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title i18n="@@admin.deleteCourse.heading">Delete “{{ data.title }}”?</h2>
    <mat-dialog-content>
      <p i18n="@@admin.deleteCourse.consequence">The course and its lessons are removed from the studio and the catalog. This cannot be undone.</p>
      <p i18n="@@admin.deleteCourse.enrolled">A course with enrolled students cannot be deleted: unpublish it instead.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial i18n="@@admin.deleteCourse.cancel">Cancel</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" i18n="@@admin.deleteCourse.confirm">Delete course</button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeleteCourseDialog {
  protected readonly data = inject<DeleteCourseDialogData>(MAT_DIALOG_DATA);
}
