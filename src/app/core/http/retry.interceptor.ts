import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { InjectionToken, inject } from '@angular/core';
import { of, retry, throwError, timer } from 'rxjs';

export interface RetryPolicy {
  /** Retries after the first failure. */
  readonly retries: number;
  /** Delay before retry n is `baseDelayMs * 2^(n-1)`. */
  readonly baseDelayMs: number;
}

export const RETRY_POLICY = new InjectionToken<RetryPolicy>('RETRY_POLICY', {
  providedIn: 'root',
  factory: () => ({ retries: 2, baseDelayMs: 400 }),
});

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * Retries idempotent requests (GET/HEAD) that failed with a network error or 5xx, with exponential backoff.
 * 4xx answers are final: repeating the same request cannot change them. Other methods are never retried
 * because the server may already have acted on them.
 */
export const retryInterceptor: HttpInterceptorFn = (req, next) => {
  if (!IDEMPOTENT_METHODS.has(req.method)) {
    return next(req);
  }
  const policy = inject(RETRY_POLICY);
  return next(req).pipe(
    retry({
      count: policy.retries,
      delay: (error: unknown, attempt: number) => {
        if (!isTransient(error)) {
          return throwError(() => error);
        }
        const delayMs = policy.baseDelayMs * 2 ** (attempt - 1);
        return delayMs > 0 ? timer(delayMs) : of(0);
      },
    }),
  );
};

function isTransient(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 500);
}
