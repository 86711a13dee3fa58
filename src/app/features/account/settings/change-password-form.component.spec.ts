import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { PageDriver } from '../testing/page-driver';
import { ChangePasswordForm } from './change-password-form.component';

describe('ChangePasswordForm', () => {
  let amplify: FakeAmplifyAuth;
  let fixture: ComponentFixture<ChangePasswordForm>;
  let page: PageDriver<ChangePasswordForm>;

  beforeEach(async () => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({ providers: [{ provide: AmplifyAuth, useValue: amplify }] });
    fixture = TestBed.createComponent(ChangePasswordForm);
    page = new PageDriver(fixture);
    await fixture.whenStable();
  });

  const submit = () => page.click('Change password', () => amplify.updatePassword.calls.mostRecent()?.returnValue);

  function fill(newPassword: string, confirmation = newPassword): void {
    page.type('currentPassword', 'Play-Along-2026!');
    page.type('password', newPassword);
    page.type('confirmPassword', confirmation);
  }

  it('should change the password and say so when Cognito accepts it', async () => {
    amplify.updatePassword.and.resolveTo();
    fill('New-Password-2027!');

    await submit();

    expect(amplify.updatePassword).toHaveBeenCalledOnceWith({ oldPassword: 'Play-Along-2026!', newPassword: 'New-Password-2027!' });
    expect(page.status()).toBe('Your password has been changed.');
  });

  it('should tick the policy checklist while the new password is typed', async () => {
    page.type('password', 'abcdefgh');
    await fixture.whenStable();

    const met = [...page.element.querySelectorAll('.rules li.met')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(met).toEqual(['✓ At least 8 characters (met)', '✓ A lowercase letter (met)']);
  });

  it('should not call Cognito when the new password breaks the policy', async () => {
    fill('password');

    await submit();

    expect(amplify.updatePassword).not.toHaveBeenCalled();
  });

  it('should say the current password is wrong when Cognito refuses it', async () => {
    const error = new Error('Incorrect username or password.');
    error.name = 'NotAuthorizedException';
    amplify.updatePassword.and.rejectWith(error);
    fill('New-Password-2027!');

    await submit();

    expect(page.alert()).toBe('Your current password is not right.');
    expect(page.status()).toBeUndefined();
  });
});
