import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthSubmission } from '../auth-submission';
import { NewPasswordFields, newPasswordGroup } from '../ui/new-password-fields.component';

/** Settings section: changes the password of the signed-in user (Cognito ChangePassword), with the policy checklist. */
@Component({
  selector: 'app-change-password-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatInput, MatProgressBar, NewPasswordFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="change-password-heading" i18n="@@account.changePassword.heading">Password</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label i18n="@@account.changePassword.current">Current password</mat-label>
        <input matInput formControlName="currentPassword" type="password" autocomplete="current-password" required />
        @if (form.controls.currentPassword.hasError('required')) {
          <mat-error i18n="@@account.changePassword.currentRequired">Enter your current password.</mat-error>
        }
      </mat-form-field>
      <app-new-password-fields [group]="form.controls.passwords" purpose="reset" />
      @if (submission.busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Changing your password" i18n-aria-label="@@account.changePassword.changing" />
      }
      @if (submission.error(); as message) {
        <p class="form-error" role="alert">{{ message }}</p>
      }
      @if (changed()) {
        <p class="notice" role="status" i18n="@@account.changePassword.changed">Your password has been changed.</p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="submission.busy()" i18n="@@account.changePassword.submit">Change password</button>
      </div>
    </form>
  `,
  styleUrl: './settings-section.scss',
  host: { role: 'region', 'aria-labelledby': 'change-password-heading' },
})
export class ChangePasswordForm {
  private readonly amplify = inject(AmplifyAuth);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    passwords: newPasswordGroup(),
  });
  protected readonly submission = new AuthSubmission();
  protected readonly changed = signal(false);

  protected async submit(): Promise<void> {
    const { currentPassword, passwords } = this.form.getRawValue();
    this.changed.set(false);
    await this.submission.run('changePassword', this.form, async () => {
      await this.amplify.updatePassword({ oldPassword: currentPassword, newPassword: passwords.password });
      this.form.reset();
      this.changed.set(true);
    });
  }
}
