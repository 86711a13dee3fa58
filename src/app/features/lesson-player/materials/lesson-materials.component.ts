import { formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { CatalogMaterial } from '../../../shared/catalog-types';
import { PlayerIcon } from '../ui/player-icon.component';
import { MaterialDownload } from './material-download.service';

/** Materials for the lesson (and course-wide ones): download for signed-in users, a sign-in prompt for guests. */
@Component({
  selector: 'app-lesson-materials',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink, PlayerIcon],
  template: `
    @if (items().length > 0) {
      <section aria-labelledby="materials-heading">
        <h2 id="materials-heading" i18n="@@player.materials.heading">Materials</h2>
        @if (!auth.isSignedIn()) {
          <p class="guest" i18n="@@player.materials.guest">
            <a routerLink="/account/sign-in" [queryParams]="{ returnUrl: returnUrl() }">Sign in to download</a>
            the sheet music and other materials.
          </p>
        }
        <ul>
          @for (material of items(); track material.id) {
            <li>
              <span class="name">{{ material.title }} <span class="meta">{{ size(material.sizeBytes) }}</span></span>
              @if (auth.isSignedIn()) {
                <button mat-stroked-button type="button" (click)="download(material)" [disabled]="busyId() === material.id"
                        [attr.aria-label]="downloadLabel(material.title)">
                  <app-player-icon name="download" /> <ng-container i18n="@@player.materials.download">Download</ng-container>
                </button>
              }
            </li>
          }
        </ul>
        @if (failed()) {
          <p class="error" role="alert" i18n="@@player.materials.failed">The download could not be started. Please try again.</p>
        }
      </section>
    }
  `,
  styles: `
    h2 { font: var(--mat-sys-title-medium); }
    ul { list-style: none; margin: 0; padding: 0; }
    li { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .meta { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); margin-left: 8px; }
    .error { color: var(--mat-sys-error); }
  `,
})
export class LessonMaterials {
  protected readonly auth = inject(AuthService);
  private readonly locale = inject(LOCALE_ID);
  private readonly downloads = inject(MaterialDownload);

  readonly materials = input<readonly (CatalogMaterial | null | undefined)[] | null | undefined>([]);
  readonly lessonId = input.required<string>();
  readonly returnUrl = input('/');

  protected readonly busyId = signal<string | null>(null);
  protected readonly failed = signal(false);
  /** This lesson's materials first, then the course-wide ones. */
  protected readonly items = computed(() => {
    const all = (this.materials() ?? []).filter((m): m is CatalogMaterial => m != null);
    const lessonId = this.lessonId();
    return [...all.filter((m) => m.lessonId === lessonId), ...all.filter((m) => !m.lessonId)];
  });

  protected async download(material: CatalogMaterial): Promise<void> {
    this.busyId.set(material.id);
    this.failed.set(!(await this.downloads.open(material.id)));
    this.busyId.set(null);
  }

  protected downloadLabel(title: string): string {
    return $localize`:@@player.materials.downloadLabel:Download ${title}:title:`;
  }

  protected size(bytes: number): string {
    if (bytes >= 1_000_000) return `${formatNumber(bytes / 1_000_000, this.locale, '1.1-1')} MB`;
    return `${formatNumber(Math.max(1, Math.round(bytes / 1000)), this.locale, '1.0-0')} KB`;
  }
}
