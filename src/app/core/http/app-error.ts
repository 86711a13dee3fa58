import { HttpErrorResponse } from '@angular/common/http';

export type AppErrorKind = 'network' | 'unauthorized' | 'forbidden' | 'not-found' | 'client' | 'server';

/** The one error shape HTTP failures are turned into, with a message fit to show a user. */
export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly status: number,
    readonly url: string | null,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static fromHttp(error: HttpErrorResponse): AppError {
    const kind = kindOf(error.status);
    return new AppError(kind, MESSAGES[kind], error.status, error.url);
  }
}

const MESSAGES: Readonly<Record<AppErrorKind, string>> = {
  network: $localize`:@@core.httpError.network:Cannot reach the server. Check your connection and try again.`,
  unauthorized: $localize`:@@core.httpError.unauthorized:Your session has expired. Please sign in again.`,
  forbidden: $localize`:@@core.httpError.forbidden:You do not have access to this.`,
  'not-found': $localize`:@@core.httpError.notFound:That could not be found.`,
  client: $localize`:@@core.httpError.client:The request was not accepted. Please check and try again.`,
  server: $localize`:@@core.httpError.server:The server had a problem. Please try again in a moment.`,
};

function kindOf(status: number): AppErrorKind {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server';
  return 'client';
}
