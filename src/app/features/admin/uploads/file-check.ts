import { checkUpload, contentTypeOf, uploadRules, type UploadKind } from '../../../../../amplify/functions/upload-url/upload-policy';

export type { UploadKind };

export type FileCheck = { ok: true; contentType: string } | { ok: false; reason: string };

/** The server's own rules (upload-policy), applied before anything is sent; the refusal is in the reader's language. */
export function checkFile(kind: UploadKind, file: Pick<File, 'name' | 'type' | 'size'>): FileCheck {
  const contentType = contentTypeOf(kind, file.name, file.type);
  const check = checkUpload(kind, contentType, file.size);
  if (check.ok) return { ok: true, contentType };
  const name = file.name;
  const accepts = acceptedDescription(kind);
  if (!(contentType.toLowerCase() in uploadRules[kind].extensions)) {
    return { ok: false, reason: $localize`:@@admin.upload.refusal.type:${name}:name:: This file type is not accepted here: choose ${accepts}:accepts:.` };
  }
  // The server's check failed on the size: empty, or too large.
  return file.size > 0
    ? { ok: false, reason: $localize`:@@admin.upload.refusal.size:${name}:name:: This file is too large: choose ${accepts}:accepts:.` }
    : { ok: false, reason: $localize`:@@admin.upload.refusal.empty:${name}:name:: The file is empty.` };
}

/** The file input's accept attribute: every accepted type and its extension. */
export function acceptAttribute(kind: UploadKind): string {
  const extensions = uploadRules[kind].extensions;
  const dotted = [...new Set(Object.values(extensions))].flatMap((extension) => (extension === 'jpg' ? ['.jpg', '.jpeg'] : [`.${extension}`]));
  return [...Object.keys(extensions), ...dotted].join(',');
}

/** "an MP4, MOV, WebM or MKV video up to 5 GB": uploadRules' `accepts` in the reader's language. */
export function acceptedDescription(kind: UploadKind): string {
  return ACCEPTS[kind];
}

const ACCEPTS: Readonly<Record<UploadKind, string>> = {
  VIDEO: $localize`:@@admin.upload.accepts.video:an MP4, MOV, WebM or MKV video up to 5 GB`,
  MATERIAL: $localize`:@@admin.upload.accepts.material:a PDF or an MP3, M4A, AAC, WAV, OGG or FLAC audio file up to 200 MB`,
  COURSE_ART: $localize`:@@admin.upload.accepts.art:a JPEG, PNG or WebP image up to 5 MB`,
};
