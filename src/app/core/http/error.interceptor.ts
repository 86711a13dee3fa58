import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { ErrorNotifier } from '../errors/error-notifier.service';
import { AppError } from './app-error';
import { SILENT_ERRORS } from './http-context-tokens';

/** Turns every HTTP failure into an `AppError` and shows its message, unless the request opted out with `SILENT_ERRORS`. */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const notifier = inject(ErrorNotifier);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) {
        return throwError(() => error);
      }
      const appError = AppError.fromHttp(error);
      if (!req.context.get(SILENT_ERRORS)) {
        notifier.notify(appError.message);
      }
      return throwError(() => appError);
    }),
  );
};
