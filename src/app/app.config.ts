import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ErrorHandler,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideServiceWorker } from '@angular/service-worker';
import { routes } from './app.routes';
import { configureAmplify } from './core/amplify/configure-amplify';
import { ChunkLoadErrorHandler } from './core/errors/chunk-load-error-handler';
import { errorInterceptor } from './core/http/error.interceptor';
import { requestIdInterceptor } from './core/http/request-id.interceptor';
import { retryInterceptor } from './core/http/retry.interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    // Order matters: the request id is set once, failures are retried inside, and only the final failure is reported.
    provideHttpClient(withFetch(), withInterceptors([requestIdInterceptor, errorInterceptor, retryInterceptor])),
    { provide: ErrorHandler, useClass: ChunkLoadErrorHandler },
    provideAppInitializer(configureAmplify),
    // Production builds only: it keeps the app shell for offline visits (ngsw-config.json; never API or media).
    provideServiceWorker('ngsw-worker.js', { enabled: !isDevMode(), registrationStrategy: 'registerWhenStable:30000' }),
  ],
};
