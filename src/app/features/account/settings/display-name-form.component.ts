import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { AuthService } from '../../../core/auth/auth.service';
import { toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { DISPLAY_NAME_MAX_LENGTH, fetchUserProfile, saveDisplayName } from './user-profile-data';

/** Settings section: the name shown for the user, loaded from and saved to their UserProfile. */
@Component({
  selector: 'app-display-name-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="display-name-heading" i18n="@@account.displayName.heading">Display name</h2>
    @if (loadError(); as message) {
      <div role="alert">
        <p i18n="@@account.displayName.loadError">We couldn't load your profile. {{ message }}</p>
        <button mat-stroked-button type="button" (click)="profile.reload()" i18n="@@account.displayName.retry">Retry</button>
      </div>
    } @else if (profile.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your profile" i18n-aria-label="@@account.displayName.loading" />
    } @else if (missing()) {
      <p role="status" i18n="@@account.displayName.missing">Your profile is not set up yet. Sign out and in again, or try later.</p>
      <button mat-stroked-button type="button" (click)="profile.reload()" i18n="@@account.displayName.retry">Retry</button>
    } @else {
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@account.displayName.label">Display name</mat-label>
          <input matInput [formControl]="name" name="displayName" autocomplete="nickname" />
          <mat-hint align="end">{{ name.value.length }}/{{ maxLength }}</mat-hint>
          @if (name.hasError('maxlength')) {
            <mat-error i18n="@@account.displayName.tooLong">Use {{ maxLength }} characters or fewer.</mat-error>
          }
        </mat-form-field>
        @if (saveError(); as message) {
          <p class="form-error" role="alert" i18n="@@account.displayName.saveFailed">Your display name was not saved: {{ message }}</p>
        }
        @if (saved()) {
          <p class="notice" role="status" i18n="@@account.displayName.saved">Display name saved.</p>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving()">
            @if (saving()) {
              <ng-container i18n="@@account.displayName.saving">Saving…</ng-container>
            } @else {
              <ng-container i18n="@@account.displayName.save">Save name</ng-container>
            }
          </button>
        </div>
      </form>
    }
  `,
  styleUrl: './settings-section.scss',
  host: { role: 'region', 'aria-labelledby': 'display-name-heading' },
})
export class DisplayNameForm {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);

  protected readonly maxLength = DISPLAY_NAME_MAX_LENGTH;
  protected readonly name = new FormControl('', { nonNullable: true, validators: Validators.maxLength(DISPLAY_NAME_MAX_LENGTH) });
  protected readonly form = new FormGroup({ displayName: this.name });
  protected readonly profile = resource({
    params: () => this.auth.user()?.userId,
    loader: ({ params }) => fetchUserProfile(this.data, params),
  });
  protected readonly loadError = computed(() => {
    const error = this.profile.error();
    return error ? toBackendError(error).message : null;
  });
  protected readonly missing = computed(() => this.profile.hasValue() && this.profile.value() === null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const loaded = this.profile.hasValue() ? this.profile.value() : null;
      if (loaded) this.name.setValue(loaded.displayName ?? '');
    });
  }

  protected async save(): Promise<void> {
    const userId = this.auth.user()?.userId;
    if (this.name.invalid || this.saving() || !userId) {
      this.name.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.saved.set(false);
    this.saveError.set(null);
    try {
      this.profile.set(await saveDisplayName(this.data, userId, this.name.value));
      this.saved.set(true);
    } catch (error) {
      this.saveError.set(toBackendError(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
