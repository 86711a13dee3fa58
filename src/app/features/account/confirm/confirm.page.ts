import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-confirm-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Confirm your email</h1>',
})
export default class ConfirmPage {}
