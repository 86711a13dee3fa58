import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder: being built (issue 7). */
@Component({
  selector: 'app-course-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Courses</h1>',
})
export default class CourseListPage {}
