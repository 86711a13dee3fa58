import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { NewPasswordFields, newPasswordGroup, type NewPasswordPurpose } from './new-password-fields.component';

@Component({
  imports: [NewPasswordFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-new-password-fields [group]="group" [purpose]="purpose()" />`,
})
class Host {
  readonly group = newPasswordGroup();
  readonly purpose = signal<NewPasswordPurpose>('sign-up');
}

describe('NewPasswordFields', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const labels = (): string[] => [...element().querySelectorAll('mat-label')].map((label) => label.textContent ?? '');
  const errors = (): string[] => [...element().querySelectorAll('mat-error')].map((error) => error.textContent ?? '');

  function type(name: string, value: string): void {
    const input = element().querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) throw new Error(`no input ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function touchAll(): Promise<void> {
    fixture.componentInstance.group.markAllAsTouched();
    await fixture.whenStable();
  }

  it('should word the fields for a first password and tie the rules to the field when signing up', () => {
    const password = element().querySelector('input[name="password"]');

    expect(labels()).toEqual(['Password', 'Confirm password']);
    expect(password?.getAttribute('autocomplete')).toBe('new-password');
    expect(password?.getAttribute('aria-describedby')).toBe('sign-up-password-rules');
    expect(element().querySelector('#sign-up-password-rules')).not.toBeNull();
  });

  it('should word the fields for a new password when resetting', async () => {
    fixture.componentInstance.purpose.set('reset');
    await touchAll();

    expect(labels()).toEqual(['New password', 'Confirm new password']);
    expect(errors()).toEqual(['Choose a new password.', 'Type the new password again.']);
    expect(element().querySelector('input[name="password"]')?.getAttribute('aria-describedby')?.split(' ')).toContain(
      'reset-password-rules',
    );
  });

  it('should ask for both passwords when they are empty and touched', async () => {
    await touchAll();

    expect(errors()).toEqual(['Choose a password.', 'Type the password again.']);
  });

  it('should explain the policy and tick the met rules when the password is weak', async () => {
    type('password', 'password1');
    await touchAll();

    expect(errors()).toEqual(['The password does not meet all the requirements below.', 'Type the password again.']);
    expect(element().querySelector('.met')?.textContent).toContain('At least 8 characters');
  });

  it('should say the passwords differ in an alert when the confirmation does not match', async () => {
    type('password', 'Play-Along-2026!');
    type('confirmPassword', 'Play-Along-2027!');
    await touchAll();

    expect(element().querySelector('[role="alert"]')?.textContent).toBe('The passwords do not match.');
    expect(fixture.componentInstance.group.valid).toBeFalse();
  });

  it('should accept the group when both passwords are the same strong password', async () => {
    type('password', 'Play-Along-2026!');
    type('confirmPassword', 'Play-Along-2026!');
    await touchAll();

    expect(fixture.componentInstance.group.getRawValue()).toEqual({
      password: 'Play-Along-2026!',
      confirmPassword: 'Play-Along-2026!',
    });
    expect(fixture.componentInstance.group.valid).toBeTrue();
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });
});
