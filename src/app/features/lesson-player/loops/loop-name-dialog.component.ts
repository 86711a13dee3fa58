import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { toBackendError } from '../../../core/data/backend-call';
import { MAX_LOOP_NAME_LENGTH } from './loop-name';

export interface LoopNameDialogData {
  /** 'Save loop' or 'Rename loop'. */
  readonly heading: string;
  /** The submit button's label: 'Save' or 'Rename'. */
  readonly action: string;
  /** The loop's span, e.g. "1:05–1:20". */
  readonly range: string;
  /** The name the field starts with. */
  readonly name: string;
  /** Stores the name; a rejection (the backend's refusal) is shown and the dialog stays open. */
  readonly submit: (name: string) => Promise<unknown>;
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { blank: true } : null;
}

/** Length and blank errors show while typing, not only after leaving the field. */
const showWhileTyping: ErrorStateMatcher = {
  isErrorState: (control, form) => !!control?.invalid && (control.dirty || control.touched || !!form?.submitted),
};

/**
 * Asks for a loop's name, when saving a loop or renaming one. Enter saves, Escape cancels; a blank
 * or over-long name is refused here, and a refusal from the backend is shown with the text kept.
 */
@Component({
  selector: 'app-loop-name-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.heading }}</h2>
    <form (ngSubmit)="confirm()" [formGroup]="form">
      <mat-dialog-content>
        <p class="range" i18n="@@player.loopDialog.range">From {{ data.range }}</p>
        <mat-form-field appearance="outline" class="name-field">
          <mat-label i18n="@@player.loopDialog.nameLabel">Loop name</mat-label>
          <input #nameInput matInput formControlName="name" autocomplete="off" [errorStateMatcher]="errorState" />
          <mat-hint align="end">{{ name.value.length }} / {{ maxLength }}</mat-hint>
          @if (name.hasError('blank')) {
            <mat-error i18n="@@player.loopDialog.blank">Give the loop a name.</mat-error>
          } @else if (name.hasError('maxlength')) {
            <mat-error i18n="@@player.loopDialog.tooLong">A loop name can be at most {{ maxLength }} characters ({{ name.value.length }} now).</mat-error>
          }
        </mat-form-field>
        @if (failure(); as message) {
          <p class="failure" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()" i18n="@@player.loopDialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          @if (pending()) {
            <ng-container i18n="@@player.loopDialog.saving">Saving…</ng-container>
          } @else {
            {{ data.action }}
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .range {
      margin-top: 0;
      color: var(--mat-sys-on-surface-variant);
      font-variant-numeric: tabular-nums;
    }
    .name-field {
      width: 100%;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
})
export class LoopNameDialog {
  protected readonly data = inject<LoopNameDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<LoopNameDialog, boolean>>(MatDialogRef);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');

  protected readonly maxLength = MAX_LOOP_NAME_LENGTH;
  protected readonly errorState = showWhileTyping;
  protected readonly name = new FormControl(this.data.name, {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(MAX_LOOP_NAME_LENGTH)],
  });
  protected readonly form = new FormGroup({ name: this.name });
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    // The suggested name is selected, so typing replaces it and arrow keys keep it.
    afterNextRender(() => {
      const field = this.input().nativeElement;
      field.focus();
      field.select();
    });
  }

  protected async confirm(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.pending()) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      await this.data.submit(this.name.value.trim());
      this.dialogRef.close(true);
    } catch (error) {
      this.failure.set(toBackendError(error).message);
      this.pending.set(false);
    }
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }
}

export function openLoopNameDialog(dialog: MatDialog, data: LoopNameDialogData): MatDialogRef<LoopNameDialog, boolean> {
  return dialog.open<LoopNameDialog, LoopNameDialogData, boolean>(LoopNameDialog, { data, width: '28rem', maxWidth: '92vw' });
}
