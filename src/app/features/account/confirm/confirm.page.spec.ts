import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { PendingAccount } from '../pending-account.service';
import { PageDriver } from '../testing/page-driver';
import ConfirmPage from './confirm.page';

describe('ConfirmPage', () => {
  let amplify: FakeAmplifyAuth;
  let page: PageDriver<ConfirmPage>;
  let router: Router;

  beforeEach(async () => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({
      imports: [ConfirmPage],
      providers: [provideRouter([{ path: '**', children: [] }]), { provide: AmplifyAuth, useValue: amplify }],
    });
    TestBed.inject(PendingAccount).email.set('new@example.com');
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    const fixture = TestBed.createComponent(ConfirmPage);
    fixture.componentRef.setInput('returnUrl', '/learning');
    page = new PageDriver(fixture);
    await fixture.whenStable();
  });

  const confirm = () =>
    page.click('Confirm', async () => {
      await amplify.confirmSignUp.calls.mostRecent()?.returnValue;
      await amplify.autoSignIn.calls.mostRecent()?.returnValue;
    });

  it('should not call confirmSignUp when the code is not 6 digits', async () => {
    page.type('code', '12ab');

    await confirm();

    expect(amplify.confirmSignUp).not.toHaveBeenCalled();
    expect(page.text()).toContain('The code is 6 digits.');
  });

  it('should sign the user in and return to the returnUrl when auto sign-in completes', async () => {
    amplify.confirmSignUp.and.resolveTo({ isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } });
    amplify.autoSignIn.and.resolveTo({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    page.type('code', ' 123456 ');

    await confirm();

    expect(amplify.confirmSignUp).toHaveBeenCalledOnceWith({ username: 'new@example.com', confirmationCode: '123456' });
    expect(router.navigateByUrl).toHaveBeenCalledWith('/learning');
  });

  it('should send the user to sign-in with a notice when the sign-up is confirmed without auto sign-in', async () => {
    amplify.confirmSignUp.and.resolveTo({ isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } });
    page.type('code', '123456');

    await confirm();

    expect(router.navigate).toHaveBeenCalledWith(['/account/sign-in'], { queryParams: { returnUrl: '/learning' } });
    expect(TestBed.inject(PendingAccount).notice()).toContain('Your email is confirmed');
  });

  it('should show the mapped message when the code is wrong', async () => {
    const error = new Error('Invalid verification code provided, please try again.');
    error.name = 'CodeMismatchException';
    amplify.confirmSignUp.and.rejectWith(error);
    page.type('code', '000000');

    await confirm();

    expect(page.alert()).toContain('That code is not right.');
  });

  it('should send a new code and say where when the user asks for one', async () => {
    amplify.resendSignUpCode.and.resolveTo({ destination: 'n***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' });

    await page.click('Send a new code', () => amplify.resendSignUpCode.calls.mostRecent()?.returnValue);

    expect(amplify.resendSignUpCode).toHaveBeenCalledOnceWith({ username: 'new@example.com' });
    expect(page.status()).toBe('We sent a new code to n***@e***.');
  });
});
