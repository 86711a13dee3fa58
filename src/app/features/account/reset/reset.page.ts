import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-reset-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Reset password</h1>',
})
export default class ResetPage {}
