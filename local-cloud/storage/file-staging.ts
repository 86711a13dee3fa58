import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { S3Error } from './s3-error';

/** A fully received body sitting in a temp file, not yet visible to readers. */
export interface StagedFile {
  readonly path: string;
  readonly size: number;
  readonly md5Hex: string;
}

/**
 * Streams a body into `tmpDir`, hashing on the way. When `expectedSha256` is a hex digest (a signed
 * payload), a mismatch discards the file, as S3 does with XAmzContentSHA256Mismatch.
 */
export async function stageBody(source: Readable, tmpDir: string, expectedSha256?: string): Promise<StagedFile> {
  const path = join(tmpDir, `${randomUUID()}.part`);
  const md5 = createHash('md5');
  const sha256 = expectedSha256 ? createHash('sha256') : undefined;
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      md5.update(chunk);
      sha256?.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  if (sha256 && expectedSha256 && sha256.digest('hex') !== expectedSha256) {
    await rm(path, { force: true });
    throw new S3Error(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }
  return { path, size, md5Hex: md5.digest('hex') };
}

/** Writes JSON so that readers (and a restart after kill -9) see either the old or the new file, never half. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  await writeFile(temp, JSON.stringify(value));
  await rename(temp, path);
}
