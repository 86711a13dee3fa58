import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder: being built (issue 7). */
@Component({
  selector: 'app-course-materials',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class CourseMaterials {
  readonly courseId = input.required<string>();
}
