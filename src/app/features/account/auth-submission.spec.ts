import { FormControl, Validators } from '@angular/forms';
import { AuthSubmission, normaliseEmail } from './auth-submission';

describe('AuthSubmission', () => {
  let submission: AuthSubmission;
  let control: FormControl<string>;

  beforeEach(() => {
    submission = new AuthSubmission();
    control = new FormControl('student@example.com', { nonNullable: true, validators: Validators.required });
  });

  function cognitoError(name: string, message = name): Error {
    const error = new Error(message);
    error.name = name;
    return error;
  }

  it('should mark the control touched and not run the action when the control is invalid', async () => {
    control.setValue('');
    const action = jasmine.createSpy('action').and.resolveTo();

    await submission.run('signIn', control, action);

    expect(action).not.toHaveBeenCalled();
    expect(control.touched).toBeTrue();
  });

  it('should report the running flow while the action runs and be idle after when it succeeds', async () => {
    let seen: string | null = null;

    await submission.run('forgotPassword', control, async () => {
      seen = submission.running();
    });

    expect(seen as string | null).toBe('forgotPassword');
    expect(submission.busy()).toBeFalse();
    expect(submission.error()).toBeNull();
  });

  it('should not run a second action when one is already running', async () => {
    let finish = (): void => undefined;
    const first = submission.run('confirmSignUp', control, () => new Promise<void>((resolve) => (finish = resolve)));
    const second = jasmine.createSpy('second').and.resolveTo();

    await submission.run('resendCode', control, second);
    finish();
    await first;

    expect(second).not.toHaveBeenCalled();
  });

  it('should show the mapped message for the flow and be idle again when the action throws', async () => {
    await submission.run('resetPassword', control, () => Promise.reject(cognitoError('ExpiredCodeException')));

    expect(submission.error()).toBe('That code has expired. Request a new code and try again.');
    expect(submission.busy()).toBeFalse();
  });

  it('should clear the previous message when a new submission starts', async () => {
    submission.error.set('Old message');

    await submission.run('signUp', control, () => Promise.resolve());

    expect(submission.error()).toBeNull();
  });

  it('should leave the message empty when recover handles the error', async () => {
    const recover = jasmine.createSpy('recover').and.resolveTo(true);
    const error = cognitoError('UserNotConfirmedException');

    await submission.run('signIn', control, () => Promise.reject(error), recover);

    expect(recover).toHaveBeenCalledOnceWith(error);
    expect(submission.error()).toBeNull();
  });

  it('should show the mapped message when recover does not handle the error', async () => {
    await submission.run('signIn', control, () => Promise.reject(cognitoError('NotAuthorizedException')), () => Promise.resolve(false));

    expect(submission.error()).toBe('Incorrect email or password.');
  });
});

describe('normaliseEmail', () => {
  it('should trim and lower-case the email when it has spaces and capitals', () => {
    expect(normaliseEmail(' Student@Example.com ')).toBe('student@example.com');
  });
});
