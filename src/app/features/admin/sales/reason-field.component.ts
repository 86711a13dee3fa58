import { ChangeDetectionStrategy, ChangeDetectorRef, Component, inject, input } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { switchMap } from 'rxjs';
import { fieldError } from './grant-form';

/** The "Reason" a confirmation dialog asks for before an audited admin action (a reasonControl()). */
@Component({
  selector: 'app-reason-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>Reason</mat-label>
      <textarea matInput [formControl]="control()" rows="3" cdkFocusInitial></textarea>
      <mat-hint>Kept in the audit trail.</mat-hint>
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ReasonField {
  readonly control = input.required<FormControl<string>>();

  constructor() {
    // The dialog marks the control touched when it is submitted; without this OnPush would not re-check the field to show its error.
    const changeDetector = inject(ChangeDetectorRef);
    toObservable(this.control)
      .pipe(
        switchMap((control) => control.events),
        takeUntilDestroyed(),
      )
      .subscribe(() => changeDetector.markForCheck());
  }

  protected error(): string {
    return fieldError(this.control(), 'reason') ?? '';
  }
}
