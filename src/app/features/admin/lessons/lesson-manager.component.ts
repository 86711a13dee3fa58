import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder: being built (issue 7). */
@Component({
  selector: 'app-lesson-manager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class LessonManager {
  readonly courseId = input.required<string>();
}
