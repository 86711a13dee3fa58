import { finishedParts, planParts, type PlannedPart, type UploadedPart } from './part-plan';
import { PartError, type PartSender } from './part-sender';

/** What createUpload and resumeUpload answer (Schema['UploadTarget']). */
export interface UploadTarget {
  readonly key: string;
  readonly uploadId: string;
  readonly partSize: number;
  readonly partUrls: readonly string[];
  readonly uploadedParts: readonly UploadedPart[];
  readonly expiresAt: string;
}

export interface SessionApi {
  resume(key: string, uploadId: string, sizeBytes: number): Promise<UploadTarget>;
  complete(key: string, uploadId: string, etags: string[]): Promise<string>;
}

export interface SessionOptions {
  readonly parallelParts: number;
  /** Waits before each retry of a part after a network failure; one retry per entry. */
  readonly retryDelaysMs: readonly number[];
  /** Part URLs are refreshed this long before they expire. */
  readonly refreshMarginMs: number;
  readonly now: () => number;
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const defaultSessionOptions: SessionOptions = {
  parallelParts: 3,
  retryDelaysMs: [1000, 2000, 4000, 8000, 16000],
  refreshMarginMs: 5 * 60_000,
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      function done(): void {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
    }),
};

export interface SessionListener {
  /** Total bytes storage holds or is receiving, finished parts plus parts in flight. */
  progress(sentBytes: number): void;
  partFinished?(finishedBytes: number): void;
}

export type RunOutcome = { readonly state: 'completed'; readonly key: string } | { readonly state: 'paused' };

/**
 * One multipart upload of one file: sends the parts storage does not hold yet, `parallelParts` at a
 * time, and completes the upload. A part that fails on the network is retried after growing
 * waits; a part whose URL expired gets fresh URLs (resumeUpload) and is sent again; any other
 * failure stops the run and rejects. `pause()` aborts the parts in flight and keeps the finished
 * ones; the next `run()` first asks storage which parts it holds (ListParts) and sends only the rest.
 */
export class UploadSession {
  private readonly plan: PlannedPart[];
  private finished = new Map<number, string>();
  private readonly inFlight = new Map<number, number>();
  private controller: AbortController | undefined;
  private refreshing: Promise<void> | undefined;
  private synced: boolean;
  private urlsFreshUntil = 0;

  constructor(
    private readonly file: Blob,
    private target: UploadTarget,
    private readonly api: SessionApi,
    private readonly sendPart: PartSender,
    private readonly listener: SessionListener,
    private readonly options: SessionOptions = defaultSessionOptions,
  ) {
    this.plan = planParts(file.size, target.partSize);
    this.finished = finishedParts(this.plan, target.uploadedParts);
    this.adoptUrls(target);
    // A target from createUpload is fresh; one handed over after a reload was already resumed.
    this.synced = true;
  }

  get key(): string {
    return this.target.key;
  }

  get uploadId(): string {
    return this.target.uploadId;
  }

  get sentBytes(): number {
    let sent = 0;
    for (const part of this.plan) sent += this.finished.has(part.partNumber) ? part.end - part.start : (this.inFlight.get(part.partNumber) ?? 0);
    return sent;
  }

  get finishedBytes(): number {
    return this.plan.filter((part) => this.finished.has(part.partNumber)).reduce((sum, part) => sum + part.end - part.start, 0);
  }

  async run(): Promise<RunOutcome> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      if (!this.synced) await this.sync();
      this.listener.progress(this.sentBytes);
      const queue = this.plan.filter((part) => !this.finished.has(part.partNumber));
      const workers = Math.min(this.options.parallelParts, queue.length);
      await Promise.all(Array.from({ length: workers }, () => this.work(queue, controller)));
      if (controller.signal.aborted) return { state: 'paused' };
      const etags = this.plan.map((part) => this.finished.get(part.partNumber) ?? '');
      const key = await this.api.complete(this.target.key, this.target.uploadId, etags);
      return { state: 'completed', key };
    } catch (error) {
      this.synced = false;
      if (controller.signal.aborted && controller.signal.reason === 'paused') return { state: 'paused' };
      throw error;
    } finally {
      controller.abort('finished');
      this.inFlight.clear();
    }
  }

  /** Stops the parts in flight; finished parts stay with storage. */
  pause(): void {
    this.synced = false;
    this.controller?.abort('paused');
  }

  /** Adopts what storage holds (ListParts) and fresh URLs: after a pause, a failure or a reload. */
  private async sync(): Promise<void> {
    this.adoptUrls(await this.api.resume(this.target.key, this.target.uploadId, this.file.size));
    this.finished = finishedParts(this.plan, this.target.uploadedParts);
    this.synced = true;
  }

  private async work(queue: PlannedPart[], controller: AbortController): Promise<void> {
    for (let part = queue.shift(); part && !controller.signal.aborted; part = queue.shift()) {
      try {
        await this.send(part, controller.signal);
      } catch (error) {
        // One part that cannot be sent stops the others too; the failure is reported once.
        if (!controller.signal.aborted) controller.abort('failed');
        throw error;
      }
    }
  }

  private async send(part: PlannedPart, signal: AbortSignal): Promise<void> {
    let networkRetries = 0;
    let refreshed = false;
    for (;;) {
      await this.ensureFreshUrls();
      const url = this.target.partUrls[part.partNumber - 1];
      try {
        const etag = await this.sendPart(url, this.file.slice(part.start, part.end), (sent) => this.onPartProgress(part, sent), signal);
        this.inFlight.delete(part.partNumber);
        this.finished.set(part.partNumber, etag);
        this.listener.progress(this.sentBytes);
        this.listener.partFinished?.(this.finishedBytes);
        return;
      } catch (error) {
        this.inFlight.delete(part.partNumber);
        this.listener.progress(this.sentBytes);
        if (signal.aborted) throw error;
        const failure = error instanceof PartError ? error.failure : 'refused';
        if (failure === 'expired' && !refreshed) {
          refreshed = true;
          await this.refreshUrls();
          continue;
        }
        if (failure === 'network' && networkRetries < this.options.retryDelaysMs.length) {
          await this.options.sleep(this.options.retryDelaysMs[networkRetries++], signal);
          if (signal.aborted) throw error;
          continue;
        }
        throw error;
      }
    }
  }

  private onPartProgress(part: PlannedPart, sent: number): void {
    if (!this.inFlight.has(part.partNumber) && sent === 0) return;
    this.inFlight.set(part.partNumber, Math.min(sent, part.end - part.start));
    this.listener.progress(this.sentBytes);
  }

  private async ensureFreshUrls(): Promise<void> {
    if (this.options.now() >= this.urlsFreshUntil) await this.refreshUrls();
  }

  /**
   * A target already "expired" by this browser's clock means the clock is off, not the URLs: then
   * only a 403 from storage triggers a refresh.
   */
  private adoptUrls(target: UploadTarget): void {
    this.target = target;
    const freshUntil = Date.parse(target.expiresAt) - this.options.refreshMarginMs;
    this.urlsFreshUntil = freshUntil > this.options.now() ? freshUntil : Number.POSITIVE_INFINITY;
  }

  /** New part URLs while parts are in flight: finished parts are kept as they are (one refresh at a time). */
  private refreshUrls(): Promise<void> {
    this.refreshing ??= this.api
      .resume(this.target.key, this.target.uploadId, this.file.size)
      .then((target) => this.adoptUrls(target))
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }
}
