import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, input, resource, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { backendCall, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { FileUpload } from '../uploads/file-upload.component';
import { DeleteMaterialDialog, type DeleteMaterialData } from './delete-material-dialog.component';
import { type MaterialItem, formatFileSize, groupMaterials, materialType } from './material-groups';
import { MATERIAL_TITLE_MAX, materialTitleError } from './material-title';
import { loadCourseMaterials } from './materials-data';

/** The studio's Materials tab: PDFs and backing tracks for the whole course or one lesson; upload, rename, delete. */
@Component({
  selector: 'app-course-materials',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatProgressBar,
    FileUpload,
  ],
  templateUrl: './course-materials.component.html',
  styleUrl: './course-materials.component.scss',
})
export class CourseMaterials {
  private readonly data = inject(DataClientService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  readonly courseId = input.required<string>();

  protected readonly titleMax = MATERIAL_TITLE_MAX;
  protected readonly typeOf = materialType;
  protected readonly sizeOf = formatFileSize;
  protected readonly labels = {
    rename: (title: string) => $localize`:@@admin.materials.renameLabel:Rename ${title}:title:`,
    delete: (title: string) => $localize`:@@admin.materials.deleteLabel:Delete ${title}:title:`,
  };

  protected readonly content = resource({
    params: () => ({ courseId: this.courseId() }),
    loader: ({ params }) => loadCourseMaterials(this.data, params.courseId),
  });

  protected readonly lessons = computed(() => (this.content.hasValue() ? this.content.value().lessons : []));
  protected readonly groups = computed(() =>
    this.content.hasValue() ? groupMaterials(this.content.value().materials, this.content.value().lessons) : [],
  );
  protected readonly empty = computed(() => this.content.hasValue() && this.content.value().materials.length === 0);
  protected readonly loadError = computed(() => {
    const error = this.content.error();
    return error ? toBackendError(error).message : null;
  });

  /** The lesson a new upload is attached to; null for the whole course. */
  protected readonly chosenLessonId = signal<string | null>(null);

  protected readonly editingId = signal<string | null>(null);
  protected readonly renameControl = new FormControl('', {
    nonNullable: true,
    validators: (control): ValidationErrors | null => {
      const message = materialTitleError(String(control.value ?? ''));
      return message ? { title: message } : null;
    },
  });
  protected readonly renameForm = new FormGroup({ title: this.renameControl });
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected reload(): void {
    this.content.reload();
  }

  protected startRename(material: MaterialItem): void {
    this.actionError.set(null);
    this.renameControl.reset(material.title);
    this.editingId.set(material.id);
    afterNextRender(() => document.getElementById(`rename-input-${material.id}`)?.focus(), { injector: this.injector });
  }

  protected cancelRename(material: MaterialItem): void {
    this.editingId.set(null);
    this.focusLater(`rename-${material.id}`);
  }

  protected async saveRename(material: MaterialItem): Promise<void> {
    this.renameControl.markAsTouched();
    if (this.renameControl.invalid) return;
    const title = this.renameControl.value.trim();
    if (title === material.title) {
      this.cancelRename(material);
      return;
    }
    this.busyId.set(material.id);
    this.actionError.set(null);
    try {
      await backendCall(this.data.client.mutations.adminRenameMaterial({ id: material.id, title }));
      this.updateMaterials((materials) => materials.map((m) => (m.id === material.id ? { ...m, title } : m)));
      this.editingId.set(null);
      this.focusLater(`rename-${material.id}`);
    } catch (error) {
      this.actionError.set($localize`:@@admin.materials.error.rename:“${material.title}:title:” was not renamed: ${toBackendError(error).message}:reason:`);
    } finally {
      this.busyId.set(null);
    }
  }

  protected async remove(material: MaterialItem): Promise<void> {
    const dialog = this.dialog.open<DeleteMaterialDialog, DeleteMaterialData, boolean>(DeleteMaterialDialog, {
      data: { title: material.title },
    });
    if (!(await firstValueFrom(dialog.afterClosed()))) return;
    this.busyId.set(material.id);
    this.actionError.set(null);
    try {
      await backendCall(this.data.client.mutations.adminDeleteMaterial({ id: material.id }));
      this.updateMaterials((materials) => materials.filter((m) => m.id !== material.id));
      this.snackBar.open($localize`:@@admin.materials.deleted:Deleted “${material.title}:title:”`, $localize`:@@admin.snackbar.ok:OK`, { duration: 4000 });
    } catch (error) {
      this.actionError.set($localize`:@@admin.materials.error.delete:“${material.title}:title:” was not deleted: ${toBackendError(error).message}:reason:`);
    } finally {
      this.busyId.set(null);
    }
  }

  protected renameMessage(): string {
    return String(this.renameControl.getError('title') ?? '');
  }

  private updateMaterials(change: (materials: MaterialItem[]) => MaterialItem[]): void {
    this.content.update((current) => current && { ...current, materials: change(current.materials) });
  }

  private focusLater(elementId: string): void {
    afterNextRender(() => document.getElementById(elementId)?.focus(), { injector: this.injector });
  }
}
