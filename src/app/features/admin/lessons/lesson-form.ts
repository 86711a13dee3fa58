import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type { AdminLesson } from './admin-lesson';

/** The same limits as course-admin's schema (amplify/functions/course-admin/schema.ts). */
export const TITLE_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 5000;

export type LessonForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  freePreview: FormControl<boolean>;
}>;

/** What adminCreateLesson / adminUpdateLesson are sent (besides the course or lesson id). */
export interface LessonInput {
  readonly title: string;
  readonly description: string | null;
  readonly freePreview: boolean;
}

/** The add/edit lesson form, prefilled from `lesson` when editing. */
export function lessonForm(lesson?: Pick<AdminLesson, 'title' | 'description' | 'freePreview'>): LessonForm {
  return new FormGroup({
    title: new FormControl(lesson?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(TITLE_MAX_LENGTH)],
    }),
    description: new FormControl(lesson?.description ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(DESCRIPTION_MAX_LENGTH)],
    }),
    freePreview: new FormControl(lesson?.freePreview ?? false, { nonNullable: true }),
  });
}

/** The form's value, trimmed; an empty description is sent as null. */
export function lessonInput(form: LessonForm): LessonInput {
  const { title, description, freePreview } = form.getRawValue();
  const trimmed = description.trim();
  return { title: title.trim(), description: trimmed === '' ? null : trimmed, freePreview };
}

/** The message under the title field, or null while it is valid. */
export function titleError(control: AbstractControl<string>): string | null {
  if (control.hasError('required') || control.hasError('blank')) return $localize`:@@admin.lessonForm.error.titleRequired:Enter a title.`;
  if (control.hasError('maxlength')) return $localize`:@@admin.lessonForm.error.titleTooLong:Use at most ${TITLE_MAX_LENGTH}:max: characters (now ${control.value.length}:length:).`;
  return null;
}

/** The message under the description field, or null while it is valid. */
export function descriptionError(control: AbstractControl<string>): string | null {
  if (control.hasError('maxlength')) return $localize`:@@admin.lessonForm.error.descriptionTooLong:Use at most ${DESCRIPTION_MAX_LENGTH}:max: characters (now ${control.value.length}:length:).`;
  return null;
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.length > 0 && control.value.trim() === '' ? { blank: true } : null;
}
