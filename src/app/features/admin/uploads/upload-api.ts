import { Injectable, inject } from '@angular/core';
import { BackendError, backendCall } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import type { UploadKind } from './file-check';
import type { SessionApi, UploadTarget } from './upload-session';

export interface NewUpload {
  readonly kind: UploadKind;
  readonly targetId: string;
  readonly lessonId: string | null;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
}

/** The four upload mutations, each through backendCall (one BackendError on failure). */
@Injectable({ providedIn: 'root' })
export class UploadApi implements SessionApi {
  private readonly data = inject(DataClientService);

  async create(upload: NewUpload): Promise<UploadTarget> {
    const { lessonId, ...rest } = upload;
    return present(await backendCall(this.data.client.mutations.createUpload({ ...rest, ...(lessonId ? { lessonId } : {}) })));
  }

  async resume(key: string, uploadId: string, sizeBytes: number): Promise<UploadTarget> {
    return present(await backendCall(this.data.client.mutations.resumeUpload({ key, uploadId, sizeBytes })));
  }

  async abort(key: string, uploadId: string): Promise<void> {
    await backendCall(this.data.client.mutations.abortUpload({ key, uploadId }));
  }

  async complete(key: string, uploadId: string, etags: string[]): Promise<string> {
    return present(await backendCall(this.data.client.mutations.completeUpload({ key, uploadId, etags })));
  }
}

function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new BackendError('server', $localize`:@@admin.upload.error.noAnswer:Something went wrong on our side. Please try again in a moment.`);
  return value;
}
