import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { Schema } from '../../../../../amplify/data/resource';

export type UploadKind = Schema['UploadKind']['type'];

/**
 * Placeholder (issue 7): pick or drop one file, checked before anything is sent, uploaded in
 * parallel multipart parts with progress, speed, time left, pause/resume/cancel, resumable after a
 * reload. Emits the stored key once completeUpload succeeded.
 */
@Component({
  selector: 'app-file-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class FileUpload {
  readonly kind = input.required<UploadKind>();
  /** The lesson (VIDEO) or the course (COURSE_ART, MATERIAL). */
  readonly targetId = input.required<string>();
  /** MATERIAL only: the lesson the material belongs to. */
  readonly lessonId = input<string | null>(null);
  /** Visible label of the drop zone, e.g. "Lesson video". */
  readonly label = input.required<string>();
  readonly completed = output<string>();
}
