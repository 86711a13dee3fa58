/** The languages the app is translated into; English is the source language of every message. */
export const SUPPORTED_LOCALES = [
  { id: 'en-US', label: 'English' },
  { id: 'es', label: 'Español' },
] as const;

export type LocaleId = (typeof SUPPORTED_LOCALES)[number]['id'];

export const SOURCE_LOCALE: LocaleId = 'en-US';

/** Where the language the user picked is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'play-along.locale';

function supported(candidate: string | null | undefined): LocaleId | undefined {
  if (!candidate) return undefined;
  const language = candidate.toLowerCase().split('-')[0];
  return SUPPORTED_LOCALES.find((locale) => locale.id.toLowerCase().split('-')[0] === language)?.id;
}

/** The user's explicit choice wins; otherwise the first browser language we support; otherwise English. */
export function chooseLocale(stored: string | null, browserLanguages: readonly string[]): LocaleId {
  return supported(stored) ?? browserLanguages.map(supported).find((id) => id !== undefined) ?? SOURCE_LOCALE;
}
