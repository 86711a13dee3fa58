import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder committed by the shell so routes resolve; the feature owner replaces this file. */
@Component({
  selector: 'app-lesson-player-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Lesson</h1>',
})
export default class LessonPlayerPage {}
