import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder committed by the shell so routes resolve; the feature owner replaces this file. */
@Component({
  selector: 'app-my-learning-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>My learning</h1>',
})
export default class MyLearningPage {}
