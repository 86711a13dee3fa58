import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder: being built (issue 7). */
@Component({
  selector: 'app-course-studio-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Course studio</h1>',
})
export default class CourseStudioPage {}
