import { registerLocaleData } from '@angular/common';
import { loadTranslations } from '@angular/localize';
import type { LocaleId } from './locales';

interface TranslationFile {
  readonly translations: Record<string, string>;
}

/**
 * Loads a locale's translations and number/date rules before the app is imported, so every `$localize`
 * message (templates and code) is translated from the first render. Each language is its own lazy chunk:
 * English users download no translations.
 */
export async function loadLocale(locale: LocaleId): Promise<void> {
  if (locale !== 'es') return;
  const [rules, ...files] = await Promise.all([
    import('@angular/common/locales/es'),
    import('../../../locale/es/learner.json'),
    import('../../../locale/es/account.json'),
    import('../../../locale/es/player.json'),
    import('../../../locale/es/admin.json'),
  ]);
  registerLocaleData(rules.default);
  loadTranslations(Object.assign({}, ...files.map((file): TranslationFile['translations'] => file.default.translations)));
}
