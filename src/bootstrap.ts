import { LOCALE_ID } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import type { LocaleId } from './app/core/i18n/locales';

export function bootstrap(locale: LocaleId) {
  return bootstrapApplication(App, { ...appConfig, providers: [...appConfig.providers, { provide: LOCALE_ID, useValue: locale }] });
}
