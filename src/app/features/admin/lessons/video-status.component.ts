import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { VideoState } from './lesson-video-state';

/** One lesson's video status: a chip, the processing progress and, during a replacement, that the current video still plays. */
@Component({
  selector: 'app-video-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBar],
  template: `
    <span class="chip" [class]="state().kind">{{ state().label }}</span>
    @if (state().kind === 'processing') {
      <mat-progress-bar
        [mode]="state().percent === null ? 'indeterminate' : 'determinate'"
        [value]="state().percent ?? 0"
        [attr.aria-label]="processingLabel()"
      />
    }
    @if (state().playingCurrent) {
      <span class="current" i18n="@@admin.videoStatus.playingCurrent">Playing: current video</span>
    }
    @if (state().reason; as reason) {
      <span class="reason">{{ reason }}</span>
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; min-width: 0; }
    .chip {
      display: inline-block; padding: 2px 10px; border-radius: 8px; white-space: nowrap;
      font: var(--mat-sys-label-large); border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container); color: var(--mat-sys-on-surface-variant);
    }
    .chip.processing, .chip.uploaded { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .chip.ready { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .chip.failed { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    mat-progress-bar { flex: 0 0 120px; }
    .current { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .reason { flex-basis: 100%; font: var(--mat-sys-body-small); color: var(--mat-sys-error); }
  `,
})
export class VideoStatus {
  readonly state = input.required<VideoState>();
  readonly lessonTitle = input.required<string>();

  protected readonly processingLabel = computed(() => $localize`:@@admin.videoStatus.processingLabel:Processing the video of ${this.lessonTitle()}:title:`);
}
