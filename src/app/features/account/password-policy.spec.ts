import { FormControl, FormGroup } from '@angular/forms';
import { passwordPolicyValidator, passwordsMatchValidator, unmetPasswordRules } from './password-policy';

describe('password policy', () => {
  describe('unmetPasswordRules', () => {
    it('should report no unmet rule when the password meets the whole policy', () => {
      expect(unmetPasswordRules('Play-Along-2026!')).toEqual([]);
    });

    it('should report each missing kind of character when the password lacks it', () => {
      const keys = (password: string) => unmetPasswordRules(password).map((rule) => rule.key);

      expect(keys('Sh0rt!')).toEqual(['minLength']);
      expect(keys('lowercase-only-1')).toEqual(['uppercase']);
      expect(keys('UPPERCASE-ONLY-1')).toEqual(['lowercase']);
      expect(keys('No-Digits-Here')).toEqual(['digit']);
      expect(keys('NoSymbols2026')).toEqual(['symbol']);
    });

    it('should accept every Cognito symbol when one is the only special character', () => {
      for (const symbol of '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-') {
        expect(unmetPasswordRules(`Abcdefg1${symbol}`)).withContext(symbol).toEqual([]);
      }
    });
  });

  describe('passwordPolicyValidator', () => {
    it('should leave an empty value to the required validator when nothing is typed', () => {
      expect(passwordPolicyValidator(new FormControl(''))).toBeNull();
    });

    it('should list the unmet rules when the password is weak', () => {
      expect(passwordPolicyValidator(new FormControl('password'))).toEqual({
        passwordPolicy: { unmet: ['uppercase', 'digit', 'symbol'] },
      });
    });

    it('should pass when the password meets the policy', () => {
      expect(passwordPolicyValidator(new FormControl('Play-Along-2026!'))).toBeNull();
    });

    it('should refuse leading or trailing spaces when Cognito would reject them', () => {
      expect(passwordPolicyValidator(new FormControl(' Play-Along-2026!'))).toEqual(
        jasmine.objectContaining({ passwordWhitespace: true }),
      );
    });
  });

  describe('passwordsMatchValidator', () => {
    const group = (password: string, confirm: string) =>
      new FormGroup(
        { password: new FormControl(password), confirm: new FormControl(confirm) },
        { validators: passwordsMatchValidator('password', 'confirm') },
      );

    it('should fail when the confirmation differs from the password', () => {
      expect(group('Play-Along-2026!', 'Play-Along-2025!').hasError('passwordMismatch')).toBeTrue();
    });

    it('should pass when both passwords are the same', () => {
      expect(group('Play-Along-2026!', 'Play-Along-2026!').valid).toBeTrue();
    });
  });
});
