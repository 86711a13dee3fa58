import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { PendingAccount } from '../pending-account.service';
import { PageDriver } from '../testing/page-driver';
import ForgotPasswordPage from './forgot-password.page';

describe('ForgotPasswordPage', () => {
  let amplify: FakeAmplifyAuth;
  let page: PageDriver<ForgotPasswordPage>;
  let router: Router;

  beforeEach(async () => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({
      imports: [ForgotPasswordPage],
      providers: [provideRouter([{ path: '**', children: [] }]), { provide: AmplifyAuth, useValue: amplify }],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    page = new PageDriver(fixture);
    await fixture.whenStable();
  });

  const submit = () => page.click('Send code', () => amplify.resetPassword.calls.mostRecent()?.returnValue);

  it('should request a code and go to the reset step with the email kept when the email is valid', async () => {
    amplify.resetPassword.and.resolveTo({
      isPasswordReset: false,
      nextStep: {
        resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
        codeDeliveryDetails: { destination: 's***@e***', deliveryMedium: 'EMAIL' },
      },
    });
    page.type('email', 'Student@Example.com');

    await submit();

    expect(amplify.resetPassword).toHaveBeenCalledOnceWith({ username: 'student@example.com' });
    expect(router.navigate).toHaveBeenCalledWith(['/account/reset']);
    expect(TestBed.inject(PendingAccount).email()).toBe('student@example.com');
  });

  it('should not request a code when the email is invalid', async () => {
    page.type('email', 'student');

    await submit();

    expect(amplify.resetPassword).not.toHaveBeenCalled();
  });

  it('should show the mapped message when too many codes were requested', async () => {
    const error = new Error('Attempt limit exceeded, please try after some time.');
    error.name = 'LimitExceededException';
    amplify.resetPassword.and.rejectWith(error);
    page.type('email', 'student@example.com');

    await submit();

    expect(page.alert()).toContain('Too many attempts.');
  });
});
