/**
 * What may be uploaded, and where it is stored. Pure TypeScript with no imports: the upload-url
 * function enforces it and the admin app imports the same module to refuse a file before sending it.
 */
export type UploadKind = 'VIDEO' | 'MATERIAL' | 'COURSE_ART';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** S3 needs parts of at least 5 MiB (except the last); 16 MiB keeps a 5 GiB video at 320 parts. */
export const PART_SIZE_BYTES = 16 * MiB;

/** S3's limit on the number of parts of one multipart upload. */
export const MAX_PARTS = 10_000;

interface KindRule {
  readonly prefix: 'uploads' | 'materials' | 'art';
  readonly maxBytes: number;
  /** Accepted content type → stored file extension. */
  readonly extensions: Readonly<Record<string, string>>;
  /** What a person is told this kind accepts. */
  readonly accepts: string;
}

export const uploadRules: Readonly<Record<UploadKind, KindRule>> = {
  VIDEO: {
    prefix: 'uploads',
    maxBytes: 5 * GiB,
    extensions: { 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm', 'video/x-matroska': 'mkv' },
    accepts: 'an MP4, MOV, WebM or MKV video up to 5 GB',
  },
  MATERIAL: {
    prefix: 'materials',
    maxBytes: 200 * MiB,
    extensions: {
      'application/pdf': 'pdf',
      'audio/mpeg': 'mp3',
      'audio/mp4': 'm4a',
      'audio/x-m4a': 'm4a',
      'audio/aac': 'aac',
      'audio/wav': 'wav',
      'audio/x-wav': 'wav',
      'audio/ogg': 'ogg',
      'audio/flac': 'flac',
      'audio/x-flac': 'flac',
    },
    accepts: 'a PDF or an MP3, M4A, AAC, WAV, OGG or FLAC audio file up to 200 MB',
  },
  COURSE_ART: {
    prefix: 'art',
    maxBytes: 5 * MiB,
    extensions: { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' },
    accepts: 'a JPEG, PNG or WebP image up to 5 MB',
  },
};

export type UploadCheck = { ok: true; extension: string } | { ok: false; reason: string };

export function checkUpload(kind: UploadKind, contentType: string, sizeBytes: number): UploadCheck {
  const rule = uploadRules[kind];
  const extension = rule.extensions[contentType.toLowerCase()];
  if (!extension) return { ok: false, reason: `This file type is not accepted here: choose ${rule.accepts}.` };
  const sizeCheck = checkSize(kind, sizeBytes);
  return sizeCheck.ok ? { ok: true, extension } : sizeCheck;
}

export function checkSize(kind: UploadKind, sizeBytes: number): { ok: true } | { ok: false; reason: string } {
  const rule = uploadRules[kind];
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes <= 0) return { ok: false, reason: 'The file is empty.' };
  if (sizeBytes > rule.maxBytes) return { ok: false, reason: `This file is too large: choose ${rule.accepts}.` };
  return { ok: true };
}

/**
 * Browsers leave File.type empty for types the OS does not know (often .mkv, .flac): fall back to
 * the content type this kind accepts for the file's extension.
 */
export function contentTypeOf(kind: UploadKind, fileName: string, browserType: string): string {
  if (browserType) return browserType.toLowerCase();
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const match = Object.entries(uploadRules[kind].extensions).find(([, known]) => known === extension || (known === 'jpg' && extension === 'jpeg'));
  return match?.[0] ?? '';
}

/** uploads/<lessonId>/<uuid>.<ext>, materials/<courseId>/<uuid>.<ext>, art/<courseId>/<uuid>.<ext> */
export function uploadKey(kind: UploadKind, targetId: string, objectId: string, extension: string): string {
  return `${uploadRules[kind].prefix}/${targetId}/${objectId}.${extension}`;
}

export interface ParsedUploadKey {
  readonly kind: UploadKind;
  readonly targetId: string;
  readonly objectId: string;
}

/** The inverse of uploadKey, accepting only keys this function could have issued. */
export function parseUploadKey(key: string): ParsedUploadKey | null {
  const match = /^(uploads|materials|art)\/([A-Za-z0-9_-]{1,128})\/([0-9a-f-]{36})\.([a-z0-9]+)$/.exec(key);
  if (!match) return null;
  const kind = (Object.keys(uploadRules) as UploadKind[]).find((candidate) => uploadRules[candidate].prefix === match[1]);
  if (!kind || !Object.values(uploadRules[kind].extensions).includes(match[4])) return null;
  return { kind, targetId: match[2], objectId: match[3] };
}

export function partCount(sizeBytes: number, partSize = PART_SIZE_BYTES): number {
  return Math.max(1, Math.ceil(sizeBytes / partSize));
}

/** The byte length part `partNumber` (1-based) must have in a file of `sizeBytes`. */
export function partLength(partNumber: number, sizeBytes: number, partSize = PART_SIZE_BYTES): number {
  return Math.max(0, Math.min(partSize, sizeBytes - (partNumber - 1) * partSize));
}
