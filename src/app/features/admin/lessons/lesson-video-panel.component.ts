import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FileUpload } from '../uploads/file-upload.component';
import type { AdminLesson } from './admin-lesson';

/** The expanded part of a lesson row: what happens to its video, and the upload widget. */
@Component({
  selector: 'app-lesson-video-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FileUpload],
  template: `
    @if (lesson().hlsPrefix) {
      <p i18n="@@admin.videoPanel.replaceHint">
        Uploading a new file replaces this lesson's video. Students keep watching the current video until the new one
        is processed and ready; if processing fails, the current video stays.
      </p>
    } @else {
      <p i18n="@@admin.videoPanel.uploadHint">Upload the lesson video (up to 5 GB). It is processed for streaming after the upload; the status updates here by itself.</p>
    }
    <app-file-upload kind="VIDEO" [targetId]="lesson().id" label="Lesson video" i18n-label="@@admin.videoPanel.uploadLabel" />
  `,
  styles: `
    :host { display: block; padding: 8px 16px 16px; }
    p { margin: 0 0 12px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); max-width: 60ch; }
  `,
})
export class LessonVideoPanel {
  readonly lesson = input.required<AdminLesson>();
}
