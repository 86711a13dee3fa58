import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Forgot password</h1>',
})
export default class ForgotPasswordPage {}
