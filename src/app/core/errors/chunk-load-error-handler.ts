import { ErrorHandler, Injectable, inject } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { ErrorNotifier } from './error-notifier.service';

const CHUNK_LOAD_PATTERNS = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
  /Loading chunk [\w-]+ failed/i,
];

/** True when `error` says a lazy-loaded chunk could not be fetched (typically after a new deployment). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CHUNK_LOAD_PATTERNS.some((pattern) => pattern.test(message));
}

/**
 * Handles the one error users can fix themselves: a lazy chunk that is gone after a deployment.
 * It offers a reload; every other error is logged.
 */
@Injectable()
export class ChunkLoadErrorHandler implements ErrorHandler {
  private readonly notifier = inject(ErrorNotifier);
  private readonly document = inject(DOCUMENT);
  /** One navigation can fail on several chunks at once; the user needs one offer, until it is dismissed. */
  private offering = false;

  handleError(error: unknown): void {
    if (isChunkLoadError(error)) {
      if (this.offering) return;
      this.offering = true;
      this.notifier
        .notifyWithAction($localize`:@@core.newVersion.message:A new version of Play-Along is available.`, $localize`:@@core.newVersion.reload:Reload`)
        .subscribe({ next: () => this.document.location.reload(), complete: () => (this.offering = false) });
      return;
    }
    console.error(error);
  }
}
