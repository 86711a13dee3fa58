import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';

export interface DeleteMaterialData {
  readonly title: string;
}

/** Asks before a material is deleted; closes with true to delete. */
@Component({
  selector: 'app-delete-material-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title i18n="@@admin.deleteMaterial.heading">Delete “{{ data.title }}”?</h2>
    <mat-dialog-content>
      <p i18n="@@admin.deleteMaterial.consequence">Students will no longer be able to download it. This cannot be undone.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial i18n="@@admin.deleteMaterial.cancel">Cancel</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" i18n="@@admin.deleteMaterial.confirm">Delete</button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeleteMaterialDialog {
  protected readonly data = inject<DeleteMaterialData>(MAT_DIALOG_DATA);
}
