import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { toBackendError } from '../../../core/data/backend-call';
import type { AdminLesson } from './admin-lesson';
import { LessonInput, TITLE_MAX_LENGTH, descriptionError, lessonForm, lessonInput, titleError } from './lesson-form';

export interface LessonDialogData {
  /** The lesson to edit; absent when adding one. */
  readonly lesson?: AdminLesson;
  /** Saves the input; a rejection keeps the dialog open with its message and the input untouched. */
  readonly save: (input: LessonInput) => Promise<AdminLesson>;
}

/** Add or edit one lesson: title, description and free preview. Closes with the saved lesson. */
@Component({
  selector: 'app-lesson-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatFormFieldModule, MatInput, MatSlideToggle],
  template: `
    <h2 mat-dialog-title>{{ heading }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@admin.lessonDialog.title">Title</mat-label>
          <input matInput formControlName="title" required autocomplete="off" />
          <mat-hint align="end">{{ form.controls.title.value.length }} / {{ titleMax }}</mat-hint>
          <mat-error>{{ titleMessage() }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@admin.lessonDialog.description">Description (optional)</mat-label>
          <textarea matInput formControlName="description" rows="4"></textarea>
          <mat-error>{{ descriptionMessage() }}</mat-error>
        </mat-form-field>
        <mat-slide-toggle formControlName="freePreview" i18n="@@admin.lessonDialog.freePreview">Free preview: anyone can watch this lesson without buying</mat-slide-toggle>
        @if (serverError(); as message) {
          <p class="server-error" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()" i18n="@@admin.lessonDialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">@if (saving()) {<ng-container i18n="@@admin.lessonDialog.saving">Saving…</ng-container>} @else {{{ submitLabel }}}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field { display: block; width: min(32rem, 100%); margin-bottom: 8px; }
    .server-error { color: var(--mat-sys-error); margin: 16px 0 0; }
  `,
})
export class LessonDialog {
  private readonly data = inject<LessonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<LessonDialog, AdminLesson>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = lessonForm(this.data.lesson);
  protected readonly heading = this.data.lesson ? $localize`:@@admin.lessonDialog.editHeading:Edit lesson` : $localize`:@@admin.lessonDialog.addHeading:Add lesson`;
  protected readonly submitLabel = this.data.lesson ? $localize`:@@admin.lessonDialog.saveChanges:Save changes` : $localize`:@@admin.lessonDialog.addSubmit:Add lesson`;
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly saving = signal(false);
  protected readonly serverError = signal<string | null>(null);

  protected titleMessage(): string | null {
    return titleError(this.form.controls.title);
  }

  protected descriptionMessage(): string | null {
    return descriptionError(this.form.controls.description);
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.host.nativeElement.querySelector<HTMLElement>('[formControlName].ng-invalid')?.focus();
      return;
    }
    this.saving.set(true);
    this.serverError.set(null);
    try {
      this.dialogRef.close(await this.data.save(lessonInput(this.form)));
    } catch (thrown) {
      this.serverError.set(toBackendError(thrown).message);
    } finally {
      this.saving.set(false);
    }
  }
}
