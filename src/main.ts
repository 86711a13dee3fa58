import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { renderFatalError } from './app/core/errors/fatal-error-page';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  console.error(error);
  renderFatalError(document, error);
});
