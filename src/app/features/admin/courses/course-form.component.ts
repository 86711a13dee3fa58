import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { INSTRUMENTS, LEVELS, enumLabel } from '../../../shared/catalog-types';
import type { CourseInput } from './admin-course';
import {
  CURRENCIES,
  DESCRIPTION_MAX_LENGTH,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  courseForm,
  courseFormValue,
  courseInput,
  fieldError,
} from './course-form';

/**
 * The course details form shared by "New course" and the studio's Details tab. It never loses what
 * was typed: a server refusal is shown above the buttons and the fields stay as they are. The parent
 * owns saving and passes `saving` and `error`; a new `course` value (e.g. what the server saved)
 * resets the form to it unless that would drop unsaved edits.
 */
@Component({
  selector: 'app-course-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './course-form.component.html',
  styleUrl: './course-form.component.scss',
})
export class CourseForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The saved values to start from; null when creating. */
  readonly course = input<CourseInput | null>(null);
  readonly saving = input(false);
  /** The server's refusal, fit for a person. */
  readonly error = input<string | null>(null);
  readonly submitLabel = input($localize`:@@admin.courseForm.save:Save`);
  readonly save = output<CourseInput>();

  protected readonly form = courseForm();
  protected readonly instruments = INSTRUMENTS;
  protected readonly levels = LEVELS;
  protected readonly currencies = CURRENCIES;
  protected readonly label = enumLabel;
  protected readonly max = { title: TITLE_MAX_LENGTH, summary: SUMMARY_MAX_LENGTH, description: DESCRIPTION_MAX_LENGTH };
  protected readonly fieldError = fieldError;

  constructor() {
    // A reloaded course (e.g. after an art upload) must not wipe what is being typed: only a form
    // without edits, or one whose edits are exactly what the server now holds, takes the new values.
    effect(() => {
      const value = courseFormValue(this.course() ?? undefined);
      untracked(() => {
        if (this.form.pristine || sameValues(this.form.getRawValue(), value)) this.form.reset(value);
      });
    });
  }

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      // Take keyboard and screen-reader users to the first field that needs fixing.
      queueMicrotask(() =>
        this.host.nativeElement
          .querySelector<HTMLElement>('.ng-invalid:not(form) input, .ng-invalid:not(form) textarea, mat-select.ng-invalid')
          ?.focus(),
      );
      return;
    }
    this.save.emit(courseInput(this.form));
  }
}

function sameValues<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}
