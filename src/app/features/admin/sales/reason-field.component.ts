import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { fieldError } from './grant-form';

/** The "Reason" a confirmation dialog asks for before an audited admin action (a reasonControl()). */
@Component({
  selector: 'app-reason-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput],
  template: `
    <mat-form-field appearance="outline">
      <mat-label i18n="@@admin.reasonField.label">Reason</mat-label>
      <textarea matInput [formControl]="control()" rows="3" cdkFocusInitial></textarea>
      <mat-hint i18n="@@admin.reasonField.hint">Kept in the audit trail.</mat-hint>
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

  protected error(): string {
    return fieldError(this.control(), 'reason') ?? '';
  }
}
