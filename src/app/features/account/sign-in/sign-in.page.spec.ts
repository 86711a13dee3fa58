import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { AUTHENTICATOR_CODE_ERROR } from '../cognito-errors';
import { PendingAccount } from '../pending-account.service';
import SignInPage from './sign-in.page';

describe('SignInPage', () => {
  let amplify: FakeAmplifyAuth;
  let fixture: ComponentFixture<SignInPage>;
  let router: Router;

  beforeEach(async () => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideRouter([{ path: '**', children: [] }]), { provide: AmplifyAuth, useValue: amplify }],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    spyOn(router, 'navigate').and.resolveTo(true);
    fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;

  function type(selector: string, value: string): void {
    const input = element().querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    // The submit handler awaits the Amplify call; let it finish before asserting.
    await amplify.signIn.calls.mostRecent()?.returnValue?.catch(() => undefined);
    await fixture.whenStable();
  }

  it('should not call signIn and should show field errors when the form is empty', async () => {
    await submit();

    expect(amplify.signIn).not.toHaveBeenCalled();
    expect(element().textContent).toContain('Enter your email address.');
    expect(element().textContent).toContain('Enter your password.');
  });

  it('should not call signIn when the email is invalid', async () => {
    type('input[name="email"]', 'not-an-email');
    type('input[formcontrolname="password"]', 'Play-Along-2026!');

    await submit();

    expect(amplify.signIn).not.toHaveBeenCalled();
    expect(element().textContent).toContain('Enter a valid email address.');
  });

  it('should show the mapped message in an alert when the password is wrong', async () => {
    const error = new Error('Incorrect username or password.');
    error.name = 'NotAuthorizedException';
    amplify.signIn.and.rejectWith(error);
    type('input[name="email"]', 'student@example.com');
    type('input[formcontrolname="password"]', 'wrong');

    await submit();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Incorrect email or password.');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('should sign in with the normalised email and go to the returnUrl when the credentials are right', async () => {
    fixture.componentRef.setInput('returnUrl', '/learning');
    amplify.signIn.and.resolveTo({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
    type('input[name="email"]', ' Student@Example.com ');
    type('input[formcontrolname="password"]', 'Play-Along-2026!');

    await submit();

    expect(amplify.signIn).toHaveBeenCalledOnceWith({ username: 'student@example.com', password: 'Play-Along-2026!' });
    expect(router.navigateByUrl).toHaveBeenCalledWith('/learning');
  });

  it('should go to the catalog instead when the returnUrl leaves the app', async () => {
    fixture.componentRef.setInput('returnUrl', 'https://evil.example');
    amplify.signIn.and.resolveTo({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    type('input[name="email"]', 'student@example.com');
    type('input[formcontrolname="password"]', 'Play-Along-2026!');

    await submit();

    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('should take an unconfirmed user to the confirm step with the email kept when signIn asks to confirm sign-up', async () => {
    fixture.componentRef.setInput('returnUrl', '/learning');
    amplify.signIn.and.resolveTo({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } });
    type('input[name="email"]', 'newbie@example.com');
    type('input[formcontrolname="password"]', 'Play-Along-2026!');

    await submit();

    expect(router.navigate).toHaveBeenCalledWith(['/account/confirm'], { queryParams: { returnUrl: '/learning' } });
    expect(TestBed.inject(PendingAccount).email()).toBe('newbie@example.com');
  });

  it('should take an unconfirmed user to the confirm step when Cognito throws UserNotConfirmedException', async () => {
    const error = new Error('User is not confirmed.');
    error.name = 'UserNotConfirmedException';
    amplify.signIn.and.rejectWith(error);
    type('input[name="email"]', 'newbie@example.com');
    type('input[formcontrolname="password"]', 'Play-Along-2026!');

    await submit();

    expect(router.navigate).toHaveBeenCalledWith(['/account/confirm'], jasmine.anything());
  });

  describe('with two-factor sign-in', () => {
    async function signInWithPassword(): Promise<void> {
      amplify.signIn.and.resolveTo({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
      type('input[name="email"]', 'student@example.com');
      type('input[formcontrolname="password"]', 'Play-Along-2026!');
      await submit();
    }

    async function submitCode(code: string): Promise<void> {
      type('input[name="code"]', code);
      element().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
      await amplify.confirmSignIn.calls.mostRecent()?.returnValue?.catch(() => undefined);
      await fixture.whenStable();
    }

    it('should ask for the authenticator code when Cognito asks for it after the password', async () => {
      await signInWithPassword();

      expect(element().querySelector('input[name="code"]')).not.toBeNull();
      expect(element().querySelector('input[formcontrolname="password"]')).toBeNull();
      expect(element().textContent).toContain('The 6-digit code your authenticator app shows now.');
    });

    it('should confirm the sign-in with the code and go to the returnUrl when the code is right', async () => {
      fixture.componentRef.setInput('returnUrl', '/learning');
      amplify.confirmSignIn.and.resolveTo({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
      await signInWithPassword();

      await submitCode(' 123456 ');

      expect(amplify.confirmSignIn).toHaveBeenCalledOnceWith({ challengeResponse: '123456' });
      expect(router.navigateByUrl).toHaveBeenCalledWith('/learning');
    });

    it('should stay on the code step and say so when the code is wrong', async () => {
      const error = new Error('Invalid code received for user');
      error.name = 'CodeMismatchException';
      amplify.confirmSignIn.and.rejectWith(error);
      await signInWithPassword();

      await submitCode('000000');

      expect(element().querySelector('[role="alert"]')?.textContent?.trim()).toBe(AUTHENTICATOR_CODE_ERROR);
      expect(router.navigateByUrl).not.toHaveBeenCalled();
    });
  });
});
