import { InjectionToken } from '@angular/core';

/**
 * Why one part PUT failed: `network` (no answer, a timeout or a 5xx: worth retrying), `expired`
 * (403: the presigned URL expired or no longer matches, so fresh URLs are needed), `refused` (any
 * other answer: retrying the same request cannot help), `aborted` (paused or cancelled).
 */
export type PartFailure = 'network' | 'expired' | 'refused' | 'aborted';

export class PartError extends Error {
  constructor(
    readonly failure: PartFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PartError';
  }
}

/** PUTs one part to its presigned URL; resolves with the ETag storage answered. */
export type PartSender = (url: string, body: Blob, onProgress: (sentBytes: number) => void, signal: AbortSignal) => Promise<string>;

/**
 * XMLHttpRequest rather than fetch: only XHR reports upload progress. The bucket's CORS rule
 * exposes ETag, which CompleteMultipartUpload needs for every part.
 */
export function xhrPartSender(createRequest: () => XMLHttpRequest = () => new XMLHttpRequest()): PartSender {
  return (url, body, onProgress, signal) =>
    new Promise<string>((resolve, reject) => {
      if (signal.aborted) {
        reject(new PartError('aborted', $localize`:@@admin.upload.part.paused:The upload was paused.`));
        return;
      }
      const request = createRequest();
      const abort = () => request.abort();
      const settle = (outcome: () => void) => {
        signal.removeEventListener('abort', abort);
        outcome();
      };
      request.open('PUT', url);
      request.upload.onprogress = (event) => onProgress(event.loaded);
      request.onload = () =>
        settle(() => {
          const etag = request.getResponseHeader('ETag');
          if (request.status >= 200 && request.status < 300 && etag) resolve(etag);
          else if (request.status >= 200 && request.status < 300) reject(new PartError('refused', $localize`:@@admin.upload.part.noEtag:Storage did not confirm the part (no ETag).`));
          else if (request.status === 403) reject(new PartError('expired', $localize`:@@admin.upload.part.expired:The upload link expired.`));
          else if (request.status >= 500 || request.status === 408 || request.status === 429) reject(new PartError('network', $localize`:@@admin.upload.part.busy:Storage is busy (${request.status}:status:).`));
          else reject(new PartError('refused', $localize`:@@admin.upload.part.refused:Storage refused the part (${request.status}:status:).`));
        });
      request.onerror = () => settle(() => reject(new PartError('network', $localize`:@@admin.upload.part.lost:The connection was lost.`)));
      request.ontimeout = () => settle(() => reject(new PartError('network', $localize`:@@admin.upload.part.timeout:The connection timed out.`)));
      request.onabort = () => settle(() => reject(new PartError('aborted', $localize`:@@admin.upload.part.paused:The upload was paused.`)));
      signal.addEventListener('abort', abort);
      request.send(body);
    });
}

export const PART_SENDER = new InjectionToken<PartSender>('PartSender', { providedIn: 'root', factory: () => xhrPartSender() });
