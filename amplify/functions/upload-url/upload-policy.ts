export type UploadKind = 'VIDEO' | 'MATERIAL' | 'COURSE_ART';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** S3 needs parts of at least 5 MiB (except the last); 16 MiB keeps a 10 GiB video at 640 parts. */
export const PART_SIZE_BYTES = 16 * MiB;

interface KindRule {
  readonly prefix: 'uploads' | 'materials' | 'art';
  readonly maxBytes: number;
  /** Accepted content type → stored file extension. */
  readonly extensions: Readonly<Record<string, string>>;
}

export const uploadRules: Readonly<Record<UploadKind, KindRule>> = {
  VIDEO: {
    prefix: 'uploads',
    maxBytes: 10 * GiB,
    extensions: { 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm' },
  },
  MATERIAL: { prefix: 'materials', maxBytes: 50 * MiB, extensions: { 'application/pdf': 'pdf' } },
  COURSE_ART: {
    prefix: 'art',
    maxBytes: 5 * MiB,
    extensions: { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' },
  },
};

export type UploadCheck = { ok: true; extension: string } | { ok: false; reason: string };

export function checkUpload(kind: UploadKind, contentType: string, sizeBytes: number): UploadCheck {
  const rule = uploadRules[kind];
  const extension = rule.extensions[contentType.toLowerCase()];
  if (!extension) {
    return { ok: false, reason: `${kind} uploads accept ${Object.keys(rule.extensions).join(', ')}, not ${contentType}` };
  }
  if (sizeBytes > rule.maxBytes) {
    return { ok: false, reason: `${kind} uploads are limited to ${rule.maxBytes} bytes` };
  }
  return { ok: true, extension };
}

/** uploads/<lessonId>/<uuid>.<ext>, materials/<courseId>/<uuid>.pdf, art/<courseId>/<uuid>.<ext> */
export function uploadKey(kind: UploadKind, targetId: string, objectId: string, extension: string): string {
  return `${uploadRules[kind].prefix}/${targetId}/${objectId}.${extension}`;
}

export interface ParsedUploadKey {
  readonly kind: UploadKind;
  readonly targetId: string;
}

/** The inverse of uploadKey, accepting only keys this function could have issued. */
export function parseUploadKey(key: string): ParsedUploadKey | null {
  const match = /^(uploads|materials|art)\/([A-Za-z0-9_-]{1,128})\/[0-9a-f-]{36}\.([a-z0-9]+)$/.exec(key);
  if (!match) return null;
  const kind = (Object.keys(uploadRules) as UploadKind[]).find((candidate) => uploadRules[candidate].prefix === match[1]);
  if (!kind || !Object.values(uploadRules[kind].extensions).includes(match[3])) return null;
  return { kind, targetId: match[2] };
}

export function partCount(sizeBytes: number, partSize = PART_SIZE_BYTES): number {
  return Math.max(1, Math.ceil(sizeBytes / partSize));
}
