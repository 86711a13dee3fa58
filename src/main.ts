import { loadLocale } from './app/core/i18n/load-locale';
import { chooseLocale, LOCALE_STORAGE_KEY } from './app/core/i18n/locales';
import { renderFatalError } from './app/core/errors/fatal-error-page';

const locale = chooseLocale(localStorage.getItem(LOCALE_STORAGE_KEY), navigator.languages);
document.documentElement.lang = locale;

// The app is imported only after the translations are loaded: module-level `$localize` calls must see them.
loadLocale(locale)
  .then(() => import('./bootstrap'))
  .then(({ bootstrap }) => bootstrap(locale))
  .catch((error: unknown) => {
    console.error(error);
    renderFatalError(document, error);
  });
