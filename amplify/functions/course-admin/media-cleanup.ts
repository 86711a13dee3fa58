import { DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { requireEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { s3 } from '../shared/s3';

export interface MediaObjects {
  readonly keys: readonly string[];
  /** Folders such as hls/<lessonId>/, removed with everything under them. */
  readonly prefixes: readonly string[];
}

/** Where a lesson's media lives (see amplify/functions/README.md, media bucket layout). */
export function lessonMedia(lesson: { id: string; sourceKey?: string | null; posterKey?: string | null }): MediaObjects {
  return {
    keys: [lesson.sourceKey, lesson.posterKey].filter((key): key is string => Boolean(key)),
    prefixes: [`uploads/${lesson.id}/`, `hls/${lesson.id}/`],
  };
}

export function courseMedia(courseId: string): MediaObjects {
  return { keys: [], prefixes: [`materials/${courseId}/`, `art/${courseId}/`] };
}

/**
 * Deletes media whose records a committed transaction already removed. Best effort: the records
 * are gone either way, so a failure here only leaves orphaned objects behind, which is logged.
 */
export async function removeMedia(objects: readonly MediaObjects[]): Promise<void> {
  try {
    const bucket = requireEnv('MEDIA_BUCKET_NAME');
    const keys = new Set(objects.flatMap((entry) => entry.keys));
    for (const prefix of objects.flatMap((entry) => entry.prefixes)) {
      for (const key of await listKeys(bucket, prefix)) keys.add(key);
    }
    const all = [...keys];
    for (let start = 0; start < all.length; start += 1000) {
      const batch = all.slice(start, start + 1000).map((Key) => ({ Key }));
      await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch, Quiet: true } }));
    }
  } catch (error) {
    logger.warn('Media left behind after its records were deleted', { objects, error: error instanceof Error ? error.message : String(error) });
  }
}

async function listKeys(bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}
