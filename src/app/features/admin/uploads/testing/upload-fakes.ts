import { PartError, type PartSender } from '../part-sender';
import type { NewUpload } from '../upload-api';
import type { SessionOptions, UploadTarget } from '../upload-session';
import type { UploadedPart } from '../part-plan';

export interface SentPart {
  readonly partNumber: number;
  readonly url: string;
  readonly size: number;
  readonly signal: AbortSignal;
  progress(bytes: number): void;
  succeed(): void;
  fail(failure: PartError['failure']): void;
}

/**
 * Stands in for the XHR part PUTs. Each PUT waits until the spec settles it, unless `autoSucceed`
 * is on; it records how many were in flight at most.
 */
export class FakeStorage {
  readonly sent: SentPart[] = [];
  autoSucceed = false;
  inFlight = 0;
  maxInFlight = 0;

  readonly send: PartSender = (url, body, onProgress, signal) =>
    new Promise<string>((resolve, reject) => {
      const partNumber = Number(new URL(url).searchParams.get('partNumber'));
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        this.inFlight--;
        outcome();
      };
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      const part: SentPart = {
        partNumber,
        url,
        size: body.size,
        signal,
        progress: (bytes) => onProgress(bytes),
        succeed: () => settle(() => resolve(etagOf(partNumber))),
        fail: (failure) => settle(() => reject(new PartError(failure, `fake ${failure}`))),
      };
      signal.addEventListener('abort', () => part.fail('aborted'));
      this.sent.push(part);
      if (this.autoSucceed) setTimeout(() => part.succeed());
    });

  pending(): SentPart[] {
    return this.sent.filter((part) => !part.signal.aborted);
  }
}

export const etagOf = (partNumber: number): string => `"etag-${partNumber}"`;

/** An UploadTarget as the server signs it: URLs carry their part number and a generation. */
export function fakeTarget(sizeBytes: number, partSize: number, uploadedParts: UploadedPart[] = [], generation = 1, expiresInMs = 3_600_000): UploadTarget {
  const count = Math.max(1, Math.ceil(sizeBytes / partSize));
  return {
    key: 'uploads/l-1/0b6c5e4e-9c1f-4a57-9a55-2f7e4d9a1b00.mp4',
    uploadId: 'upload-1',
    partSize,
    partUrls: Array.from({ length: count }, (_, index) => `https://storage.test/part?partNumber=${index + 1}&generation=${generation}`),
    uploadedParts,
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  };
}

/** The upload mutations, recording their calls; resume answers with what `storageHolds` lists. */
export class FakeUploadApi {
  readonly calls: { name: string; args: unknown[] }[] = [];
  storageHolds: UploadedPart[] = [];
  partSize = 4;
  generation = 1;
  createFailure: Error | undefined;
  resumeFailure: Error | undefined;

  async create(upload: NewUpload): Promise<UploadTarget> {
    this.calls.push({ name: 'create', args: [upload] });
    if (this.createFailure) throw this.createFailure;
    return fakeTarget(upload.sizeBytes, this.partSize);
  }

  async resume(key: string, uploadId: string, sizeBytes: number): Promise<UploadTarget> {
    this.calls.push({ name: 'resume', args: [key, uploadId, sizeBytes] });
    if (this.resumeFailure) throw this.resumeFailure;
    return fakeTarget(sizeBytes, this.partSize, this.storageHolds, ++this.generation);
  }

  async abort(key: string, uploadId: string): Promise<void> {
    this.calls.push({ name: 'abort', args: [key, uploadId] });
  }

  async complete(key: string, uploadId: string, etags: string[]): Promise<string> {
    this.calls.push({ name: 'complete', args: [key, uploadId, etags] });
    return key;
  }

  called(name: string): unknown[][] {
    return this.calls.filter((call) => call.name === name).map((call) => call.args);
  }
}

/** Session options with a clock the spec moves and waits that end at once (recorded). */
export function fakeTiming(): { options: SessionOptions; waits: number[]; advance(ms: number): void } {
  let now = Date.now();
  const waits: number[] = [];
  return {
    waits,
    advance: (ms) => {
      now += ms;
    },
    options: {
      parallelParts: 3,
      retryDelaysMs: [10, 20, 40],
      refreshMarginMs: 60_000,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  };
}

/** Lets pending promise callbacks and zero-delay timers run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

export function fileOf(sizeBytes: number, name = 'take.mp4', type = 'video/mp4', lastModified = 1_700_000_000_000): File {
  return new File([new Uint8Array(sizeBytes)], name, { type, lastModified });
}
