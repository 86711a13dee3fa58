/** `uploads/<lessonId>/<file>` → lessonId; anything else (other prefixes, nesting) → null. */
export function lessonIdFromSourceKey(key: string): string | null {
  const match = /^uploads\/([A-Za-z0-9_-]{1,128})\/[^/]+$/.exec(key);
  return match ? match[1] : null;
}

/** S3 event keys are URL-encoded with '+' for spaces. */
export function decodeS3EventKey(raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, ' '));
}
