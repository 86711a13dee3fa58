import { Injectable } from '@angular/core';
import type { UploadKind } from './file-check';

/** What is needed to resume an upload after a reload, and to recognise the same file again. */
export interface PendingUpload {
  readonly key: string;
  readonly uploadId: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly lastModified: number;
  readonly kind: UploadKind;
  readonly targetId: string;
  readonly lessonId: string | null;
  /** Share of the file storage held when last saved, 0–100. */
  readonly percent: number;
}

const PREFIX = 'play-along.upload:';

/** Pending uploads in localStorage, one per upload slot (kind and target). */
@Injectable({ providedIn: 'root' })
export class ResumeStore {
  find(kind: UploadKind, targetId: string): PendingUpload | null {
    try {
      const raw = localStorage.getItem(slot(kind, targetId));
      const value = raw ? (JSON.parse(raw) as Partial<PendingUpload>) : null;
      return value && isPendingUpload(value) ? value : null;
    } catch {
      return null;
    }
  }

  save(upload: PendingUpload): void {
    try {
      localStorage.setItem(slot(upload.kind, upload.targetId), JSON.stringify(upload));
    } catch {
      // Storage full or disabled: the upload goes on, it just cannot be resumed after a reload.
    }
  }

  forget(kind: UploadKind, targetId: string): void {
    try {
      localStorage.removeItem(slot(kind, targetId));
    } catch {
      // Nothing was stored then.
    }
  }
}

function slot(kind: UploadKind, targetId: string): string {
  return `${PREFIX}${kind}:${targetId}`;
}

export function isSameFile(upload: PendingUpload, file: Pick<File, 'name' | 'size' | 'lastModified'>): boolean {
  return upload.fileName === file.name && upload.sizeBytes === file.size && upload.lastModified === file.lastModified;
}

function isPendingUpload(value: Partial<PendingUpload>): value is PendingUpload {
  return (
    typeof value.key === 'string' &&
    typeof value.uploadId === 'string' &&
    typeof value.fileName === 'string' &&
    typeof value.sizeBytes === 'number' &&
    typeof value.lastModified === 'number' &&
    typeof value.targetId === 'string' &&
    typeof value.percent === 'number' &&
    (value.kind === 'VIDEO' || value.kind === 'MATERIAL' || value.kind === 'COURSE_ART')
  );
}
