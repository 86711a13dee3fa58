import { checkUpload, contentTypeOf, uploadRules, type UploadKind } from '../../../../../amplify/functions/upload-url/upload-policy';

export type { UploadKind };

export type FileCheck = { ok: true; contentType: string } | { ok: false; reason: string };

/** The server's own rules (upload-policy), applied before anything is sent. */
export function checkFile(kind: UploadKind, file: Pick<File, 'name' | 'type' | 'size'>): FileCheck {
  const contentType = contentTypeOf(kind, file.name, file.type);
  const check = checkUpload(kind, contentType, file.size);
  return check.ok ? { ok: true, contentType } : { ok: false, reason: `${file.name}: ${check.reason}` };
}

/** The file input's accept attribute: every accepted type and its extension. */
export function acceptAttribute(kind: UploadKind): string {
  const extensions = uploadRules[kind].extensions;
  const dotted = [...new Set(Object.values(extensions))].flatMap((extension) => (extension === 'jpg' ? ['.jpg', '.jpeg'] : [`.${extension}`]));
  return [...Object.keys(extensions), ...dotted].join(',');
}

/** "an MP4, MOV, WebM or MKV video up to 5 GB" */
export function acceptedDescription(kind: UploadKind): string {
  return uploadRules[kind].accepts;
}
