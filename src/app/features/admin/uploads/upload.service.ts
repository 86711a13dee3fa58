import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { BackendError } from '../../../core/data/backend-call';
import { checkFile, type UploadKind } from './file-check';
import { PART_SENDER, PartError } from './part-sender';
import { ResumeStore, isSameFile, type PendingUpload } from './resume-store';
import { TransferRate } from './transfer-rate';
import { UploadApi } from './upload-api';
import { UploadSession, defaultSessionOptions, type SessionOptions, type UploadTarget } from './upload-session';

export type UploadPhase = 'idle' | 'interrupted' | 'starting' | 'uploading' | 'paused' | 'completing' | 'done' | 'failed';

export interface UploadSlot {
  readonly kind: UploadKind;
  readonly targetId: string;
  readonly lessonId: string | null;
}

export const UPLOAD_SESSION_OPTIONS = new InjectionToken<SessionOptions>('UploadSessionOptions', {
  providedIn: 'root',
  factory: () => defaultSessionOptions,
});

/**
 * The state of one upload widget: checks the chosen file, starts or resumes its multipart upload,
 * and exposes progress, speed and time left as signals. Provided per widget. A pending upload is
 * remembered in localStorage until it completes or is cancelled, so a reload can resume it with
 * the same file; leaving the page pauses it.
 */
@Injectable()
export class UploadService {
  private readonly api = inject(UploadApi);
  private readonly store = inject(ResumeStore);
  private readonly sendPart = inject(PART_SENDER);
  private readonly options = inject(UPLOAD_SESSION_OPTIONS);
  private readonly rate = new TransferRate();

  private readonly phaseState = signal<UploadPhase>('idle');
  private readonly fileNameState = signal('');
  private readonly totalState = signal(0);
  private readonly sentState = signal(0);
  private readonly speedState = signal<number | undefined>(undefined);
  private readonly secondsLeftState = signal<number | undefined>(undefined);
  private readonly messageState = signal<string | null>(null);
  private readonly pendingState = signal<PendingUpload | null>(null);

  readonly phase = this.phaseState.asReadonly();
  readonly fileName = this.fileNameState.asReadonly();
  readonly totalBytes = this.totalState.asReadonly();
  readonly sentBytes = this.sentState.asReadonly();
  readonly bytesPerSecond = this.speedState.asReadonly();
  readonly secondsLeft = this.secondsLeftState.asReadonly();
  /** Why a file was refused or an upload failed, for a person; null when there is nothing to say. */
  readonly message = this.messageState.asReadonly();
  /** An upload of this slot that a reload or a navigation interrupted. */
  readonly pending = this.pendingState.asReadonly();
  readonly percent = computed(() => (this.totalState() > 0 ? Math.floor((this.sentState() * 100) / this.totalState()) : 0));

  private slot: (() => UploadSlot) | undefined;
  private onCompleted: (key: string) => void = () => undefined;
  private file: File | undefined;
  private contentType = '';
  private session: UploadSession | undefined;

  constructor() {
    const resumeWhenOnline = () => {
      if (this.phaseState() === 'failed' && this.session) void this.retry();
    };
    globalThis.addEventListener?.('online', resumeWhenOnline);
    inject(DestroyRef).onDestroy(() => {
      globalThis.removeEventListener?.('online', resumeWhenOnline);
      this.session?.pause();
    });
  }

  /**
   * Binds the widget's slot, read whenever an upload starts (a material's lesson may be chosen
   * later); an interrupted upload of that slot is offered for resuming.
   */
  configure(slot: () => UploadSlot, onCompleted: (key: string) => void): void {
    this.slot = slot;
    this.onCompleted = onCompleted;
    const { kind, targetId } = slot();
    const pending = this.store.find(kind, targetId);
    this.pendingState.set(pending);
    if (pending && this.phaseState() === 'idle') this.phaseState.set('interrupted');
  }

  /** A file picked or dropped: refused with a reason, resumed if it is the interrupted one, else started. */
  async choose(file: File): Promise<void> {
    const slot = this.requireSlot();
    if (this.busy()) return;
    const check = checkFile(slot.kind, file);
    if (!check.ok) {
      this.messageState.set(check.reason);
      return;
    }
    this.file = file;
    this.contentType = check.contentType;
    this.messageState.set(null);
    const failed = this.session;
    if (failed) {
      // A new file replaces an upload that failed: its parts are deleted from storage.
      this.session = undefined;
      void this.api.abort(failed.key, failed.uploadId).catch(() => undefined);
    }
    const pending = this.pendingState();
    if (pending && isSameFile(pending, file)) {
      await this.resumePending(pending, file);
      return;
    }
    if (pending) await this.discardPending();
    await this.start(file);
  }

  pause(): void {
    if (this.phaseState() !== 'uploading' || !this.session) return;
    this.phaseState.set('paused');
    this.session.pause();
    this.clearRate();
  }

  async resume(): Promise<void> {
    if (this.phaseState() === 'paused' && this.session) await this.runSession(this.session);
  }

  /** After a failure: the parts storage holds are kept, only the rest is sent. */
  async retry(): Promise<void> {
    if (this.phaseState() !== 'failed') return;
    if (this.session) await this.runSession(this.session);
    else if (this.file) await this.start(this.file);
  }

  /** Stops the upload and deletes what storage holds of it. */
  async cancel(): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    session.pause();
    this.forget();
    this.reset('idle');
    this.messageState.set($localize`:@@admin.upload.cancelled:Upload cancelled.`);
    await this.api.abort(session.key, session.uploadId).catch(() => undefined);
  }

  /** Gives up the interrupted upload (its parts are deleted from storage). */
  async discardPending(): Promise<void> {
    const pending = this.pendingState();
    if (!pending) return;
    this.forget();
    if (this.phaseState() === 'interrupted') this.phaseState.set('idle');
    await this.api.abort(pending.key, pending.uploadId).catch(() => undefined);
  }

  private busy(): boolean {
    return ['starting', 'uploading', 'paused', 'completing'].includes(this.phaseState());
  }

  private async start(file: File): Promise<void> {
    const slot = this.requireSlot();
    this.reset('starting', file);
    let target: UploadTarget;
    try {
      target = await this.api.create({ ...slot, fileName: file.name, contentType: this.contentType, sizeBytes: file.size });
    } catch (error) {
      this.fail(error);
      return;
    }
    this.remember(target, file, 0);
    await this.runSession(this.newSession(file, target));
  }

  private async resumePending(pending: PendingUpload, file: File): Promise<void> {
    this.reset('starting', file);
    let target: UploadTarget;
    try {
      target = await this.api.resume(pending.key, pending.uploadId, file.size);
    } catch (error) {
      if (error instanceof BackendError && error.kind === 'not-found') {
        // The multipart upload expired or was completed elsewhere: start over with the same file.
        this.forget();
        await this.start(file);
        return;
      }
      this.fail(error);
      return;
    }
    this.pendingState.set(null);
    await this.runSession(this.newSession(file, target));
  }

  private newSession(file: File, target: UploadTarget): UploadSession {
    const session = new UploadSession(
      file,
      target,
      this.api,
      this.sendPart,
      {
        progress: (sent) => this.progress(session, sent),
        partFinished: (finished) => this.remember(target, file, Math.floor((finished * 100) / file.size)),
      },
      this.options,
    );
    this.session = session;
    return session;
  }

  private async runSession(session: UploadSession): Promise<void> {
    this.phaseState.set('uploading');
    this.messageState.set(null);
    this.clearRate();
    try {
      const outcome = await session.run();
      if (outcome.state === 'paused' || this.session !== session) return;
      this.session = undefined;
      this.forget();
      this.phaseState.set('done');
      this.clearRate();
      this.onCompleted(outcome.key);
    } catch (error) {
      if (this.session === session) this.fail(error);
    }
  }

  private progress(session: UploadSession, sent: number): void {
    if (this.session !== session) return;
    this.sentState.set(sent);
    if (this.phaseState() !== 'uploading' && this.phaseState() !== 'completing') return;
    this.rate.sample(this.options.now(), sent);
    this.speedState.set(this.rate.bytesPerSecond);
    this.secondsLeftState.set(this.rate.secondsLeft(this.totalState() - sent));
    this.phaseState.set(sent >= this.totalState() ? 'completing' : 'uploading');
  }

  private remember(target: UploadTarget, file: File, percent: number): void {
    const slot = this.requireSlot();
    this.store.save({
      key: target.key,
      uploadId: target.uploadId,
      fileName: file.name,
      sizeBytes: file.size,
      lastModified: file.lastModified,
      kind: slot.kind,
      targetId: slot.targetId,
      lessonId: slot.lessonId,
      percent,
    });
  }

  private forget(): void {
    const slot = this.requireSlot();
    this.store.forget(slot.kind, slot.targetId);
    this.pendingState.set(null);
  }

  private reset(phase: UploadPhase, file?: File): void {
    this.phaseState.set(phase);
    this.fileNameState.set(file?.name ?? '');
    this.totalState.set(file?.size ?? 0);
    this.sentState.set(0);
    this.clearRate();
  }

  private clearRate(): void {
    this.rate.reset();
    this.speedState.set(undefined);
    this.secondsLeftState.set(undefined);
  }

  private fail(error: unknown): void {
    this.phaseState.set('failed');
    this.clearRate();
    this.messageState.set(failureMessage(error));
  }

  private requireSlot(): UploadSlot {
    if (!this.slot) throw new Error('UploadService.configure was not called');
    return this.slot();
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof BackendError) return error.message;
  if (error instanceof PartError && error.failure === 'network') {
    return $localize`:@@admin.upload.failure.network:The connection was lost. The parts already sent are kept: choose Retry when you are back online.`;
  }
  if (error instanceof PartError) return $localize`:@@admin.upload.failure.part:${error.message}:reason: Choose Retry to send the rest again.`;
  return $localize`:@@admin.upload.failure.other:Something went wrong while uploading. Choose Retry to continue.`;
}
