import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { PendingAccount } from '../pending-account.service';
import { PageDriver } from '../testing/page-driver';
import ResetPage from './reset.page';

describe('ResetPage', () => {
  let amplify: FakeAmplifyAuth;
  let page: PageDriver<ResetPage>;
  let router: Router;

  beforeEach(async () => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({
      imports: [ResetPage],
      providers: [provideRouter([{ path: '**', children: [] }]), { provide: AmplifyAuth, useValue: amplify }],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    const fixture = TestBed.createComponent(ResetPage);
    page = new PageDriver(fixture);
    await fixture.whenStable();
  });

  const submit = () => page.click('Change password', () => amplify.confirmResetPassword.calls.mostRecent()?.returnValue);

  function fill(code: string): void {
    page.type('email', 'student@example.com');
    page.type('code', code);
    page.type('password', 'New-Password-2027!');
    page.type('confirmPassword', 'New-Password-2027!');
  }

  it('should change the password and go to sign-in with a notice when the code is right', async () => {
    amplify.confirmResetPassword.and.resolveTo();
    fill('654321');

    await submit();

    expect(amplify.confirmResetPassword).toHaveBeenCalledOnceWith({
      username: 'student@example.com',
      confirmationCode: '654321',
      newPassword: 'New-Password-2027!',
    });
    expect(router.navigate).toHaveBeenCalledWith(['/account/sign-in']);
    expect(TestBed.inject(PendingAccount).notice()).toContain('password has been changed');
  });

  it('should show the mapped message when the code has expired', async () => {
    const error = new Error('Invalid code provided, please request a code again.');
    error.name = 'ExpiredCodeException';
    amplify.confirmResetPassword.and.rejectWith(error);
    fill('654321');

    await submit();

    expect(page.alert()).toContain('That code has expired.');
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
