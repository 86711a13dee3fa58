import { createGrantForm, fieldError } from './grant-form';

describe('grant form', () => {
  function filled(email: string, reason: string) {
    const form = createGrantForm();
    form.setValue({ email, reason });
    return form;
  }

  it('should be valid when the email is an address and a reason is given', () => {
    expect(filled(' newbie@example.com ', 'Scholarship').valid).toBeTrue();
  });

  it('should ask for the email when it is empty', () => {
    expect(fieldError(filled('', 'Scholarship').controls.email, 'email')).toBe('Enter the email the student signs in with.');
  });

  it('should refuse an email without a domain', () => {
    expect(fieldError(filled('newbie@example', 'Scholarship').controls.email, 'email')).toBe(
      'Enter an email address like name@example.com.',
    );
  });

  it('should refuse an email with spaces inside', () => {
    expect(filled('new bie@example.com', 'Scholarship').controls.email.hasError('email')).toBeTrue();
  });

  it('should ask for a reason when it is only spaces', () => {
    expect(fieldError(filled('newbie@example.com', '   ').controls.reason, 'reason')).toBe('Enter a reason.');
  });

  it('should refuse a reason longer than 500 characters', () => {
    expect(fieldError(filled('newbie@example.com', 'x'.repeat(501)).controls.reason, 'reason')).toBe('Use at most 500 characters.');
  });
});
