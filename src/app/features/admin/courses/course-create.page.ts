import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder: being built (issue 7). */
@Component({
  selector: 'app-course-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>New course</h1>',
})
export default class CourseCreatePage {}
