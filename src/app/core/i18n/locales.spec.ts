import { chooseLocale } from './locales';

describe('chooseLocale', () => {
  it('should keep the language the user picked over the browser languages', () => {
    expect(chooseLocale('es', ['en-GB', 'en'])).toBe('es');
    expect(chooseLocale('en-US', ['es-ES'])).toBe('en-US');
  });

  it('should take the first browser language that is translated, regardless of region', () => {
    expect(chooseLocale(null, ['fr-FR', 'es-MX', 'en-US'])).toBe('es');
    expect(chooseLocale(null, ['en-GB', 'es'])).toBe('en-US');
  });

  it('should fall back to English for an unknown stored value or untranslated browser languages', () => {
    expect(chooseLocale('klingon', ['fr-FR', 'ja'])).toBe('en-US');
    expect(chooseLocale(null, [])).toBe('en-US');
  });
});
