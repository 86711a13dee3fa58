import type { HttpInterceptorFn } from '@angular/common/http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Tags same-origin requests with a unique id so a failure the user reports can be found in server logs.
 * Cross-origin requests (e.g. presigned S3 downloads) are left untouched: a custom header would force a CORS preflight.
 */
export const requestIdInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isSameOrigin(req.url) || req.headers.has(REQUEST_ID_HEADER)) {
    return next(req);
  }
  return next(req.clone({ setHeaders: { [REQUEST_ID_HEADER]: crypto.randomUUID() } }));
};

function isSameOrigin(url: string): boolean {
  return new URL(url, location.href).origin === location.origin;
}
