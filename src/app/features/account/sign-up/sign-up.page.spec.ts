import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { PendingAccount } from '../pending-account.service';
import { PageDriver } from '../testing/page-driver';
import SignUpPage from './sign-up.page';

describe('SignUpPage', () => {
  let amplify: FakeAmplifyAuth;
  let page: PageDriver<SignUpPage>;
  let router: Router;

  beforeEach(async () => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({
      imports: [SignUpPage],
      providers: [provideRouter([{ path: '**', children: [] }]), { provide: AmplifyAuth, useValue: amplify }],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    const fixture = TestBed.createComponent(SignUpPage);
    fixture.componentRef.setInput('returnUrl', '/courses/c1');
    page = new PageDriver(fixture);
    await fixture.whenStable();
  });

  const submit = () => page.click('Create account', () => amplify.signUp.calls.mostRecent()?.returnValue);

  function fill(password: string, confirm = password): void {
    page.type('email', 'New@Example.com');
    page.type('password', password);
    page.type('confirmPassword', confirm);
  }

  it('should not call signUp and should explain the policy when the password is weak', async () => {
    fill('password1');

    await submit();

    expect(amplify.signUp).not.toHaveBeenCalled();
    expect(page.text()).toContain('The password does not meet all the requirements below.');
  });

  it('should not call signUp and should say so when the passwords differ', async () => {
    fill('Play-Along-2026!', 'Play-Along-2025!');

    await submit();

    expect(amplify.signUp).not.toHaveBeenCalled();
    expect(page.alert()).toBe('The passwords do not match.');
  });

  it('should sign up with auto sign-in and go to the confirm step when Cognito asks for a code', async () => {
    amplify.signUp.and.resolveTo({
      isSignUpComplete: false,
      nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: { destination: 'n***@e***' } },
    });
    fill('Play-Along-2026!');

    await submit();

    expect(amplify.signUp).toHaveBeenCalledOnceWith({
      username: 'new@example.com',
      password: 'Play-Along-2026!',
      options: { userAttributes: { email: 'new@example.com' }, autoSignIn: true },
    });
    expect(router.navigate).toHaveBeenCalledWith(['/account/confirm'], { queryParams: { returnUrl: '/courses/c1' } });
    expect(TestBed.inject(PendingAccount).email()).toBe('new@example.com');
  });

  it('should show the mapped message when the email is already registered', async () => {
    const error = new Error('User already exists');
    error.name = 'UsernameExistsException';
    amplify.signUp.and.rejectWith(error);
    fill('Play-Along-2026!');

    await submit();

    expect(page.alert()).toContain('An account with this email already exists.');
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
