import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder: being built (issue 7). */
@Component({
  selector: 'app-course-sales',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class CourseSales {
  readonly courseId = input.required<string>();
}
