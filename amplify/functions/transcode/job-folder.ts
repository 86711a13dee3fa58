/**
 * Each source gets its own output folder, `hls/<lessonId>/<jobKey>/`, named after the source file
 * (upload-url names every upload with a fresh uuid). A replacement therefore never touches the
 * ladder that is playing, and a retry of the same source writes over its own failed attempt only.
 */
export function jobFolder(lessonId: string, sourceKey: string): string {
  const fileName = sourceKey.slice(sourceKey.lastIndexOf('/') + 1);
  const stem = fileName.includes('.') ? fileName.slice(0, fileName.lastIndexOf('.')) : fileName;
  const jobKey = stem.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'video';
  return `hls/${lessonId}/${jobKey}/`;
}

/** True when `prefix` is a job folder of this lesson (what transcode-complete and media-access accept). */
export function isJobFolderOf(lessonId: string, prefix: string): boolean {
  return new RegExp(`^hls/${escapeRegExp(lessonId)}/[A-Za-z0-9_-]{1,80}/$`).test(prefix);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
