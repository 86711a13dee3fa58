import { DOCUMENT, Injectable, InjectionToken, LOCALE_ID, inject } from '@angular/core';
import { LOCALE_STORAGE_KEY, SUPPORTED_LOCALES, type LocaleId } from './locales';

/** Restarts the app; translations are loaded once before start-up (see main.ts). Replaced in unit tests. */
export const RELOAD_PAGE = new InjectionToken<() => void>('RELOAD_PAGE', {
  providedIn: 'root',
  factory: () => {
    const location = inject(DOCUMENT).location;
    return () => location.reload();
  },
});

/** The language the app runs in, and switching to another one. */
@Injectable({ providedIn: 'root' })
export class LocalePreference {
  readonly current = SUPPORTED_LOCALES.find((locale) => locale.id === inject(LOCALE_ID)) ?? SUPPORTED_LOCALES[0];
  readonly available = SUPPORTED_LOCALES;
  private readonly reload = inject(RELOAD_PAGE);

  choose(locale: LocaleId): void {
    if (locale === this.current.id) return;
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    this.reload();
  }
}
