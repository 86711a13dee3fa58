import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic, type StagedFile } from './file-staging';

/** Headers S3 stores with an object and returns on GET/HEAD. */
export const storedHeaderNames = ['content-type', 'content-disposition', 'content-encoding', 'content-language', 'cache-control', 'expires'] as const;
export type StoredHeaders = Partial<Record<(typeof storedHeaderNames)[number], string>>;

export interface ObjectMeta {
  readonly key: string;
  readonly size: number;
  /** Unquoted: hex MD5, or `<md5 of md5s>-<parts>` for multipart objects. */
  readonly etag: string;
  readonly lastModified: string;
  readonly headers: StoredHeaders;
  readonly userMetadata: Record<string, string>;
  readonly dataFile: string;
}

export type NewObject = Pick<ObjectMeta, 'key' | 'etag' | 'headers' | 'userMetadata'>;

/**
 * Objects on disk: `objects/<sha256(key)>.json` (metadata, names its data file) and a uniquely named
 * `.bin`. A put writes the data file, then atomically renames the metadata into place, so a kill -9
 * at any point leaves either the old or the new acknowledged object. Keys are indexed in memory.
 */
export class ObjectStore {
  private readonly index = new Map<string, ObjectMeta>();
  private sortedKeys: string[] = [];

  private constructor(
    private readonly objectsDir: string,
    readonly tmpDir: string,
  ) {}

  static async open(stateDir: string): Promise<ObjectStore> {
    const store = new ObjectStore(join(stateDir, 'objects'), join(stateDir, 'tmp'));
    await rm(store.tmpDir, { recursive: true, force: true });
    await mkdir(store.tmpDir, { recursive: true });
    await mkdir(store.objectsDir, { recursive: true });
    await store.load();
    return store;
  }

  get(key: string): ObjectMeta | undefined {
    return this.index.get(key);
  }

  dataPath(meta: ObjectMeta): string {
    return join(this.objectsDir, meta.dataFile);
  }

  /** Keys in S3 order (UTF-8 byte order) strictly after `after`. */
  keysAfter(after: string): string[] {
    return this.sortedKeys.slice(upperBound(this.sortedKeys, after));
  }

  async commit(object: NewObject, staged: StagedFile): Promise<ObjectMeta> {
    const base = keyFileBase(object.key);
    const dataFile = `${base}.${randomUUID()}.bin`;
    await rename(staged.path, join(this.objectsDir, dataFile));
    const meta: ObjectMeta = { ...object, size: staged.size, lastModified: new Date().toISOString(), dataFile };
    await writeJsonAtomic(join(this.objectsDir, `${base}.json`), meta);
    const previous = this.index.get(object.key);
    this.setIndexed(meta);
    if (previous) await rm(join(this.objectsDir, previous.dataFile), { force: true });
    return meta;
  }

  async delete(key: string): Promise<void> {
    const meta = this.index.get(key);
    if (!meta) return;
    await rm(join(this.objectsDir, `${keyFileBase(key)}.json`), { force: true });
    this.index.delete(key);
    this.sortedKeys.splice(lowerBound(this.sortedKeys, key), 1);
    await rm(join(this.objectsDir, meta.dataFile), { force: true });
  }

  private setIndexed(meta: ObjectMeta): void {
    if (!this.index.has(meta.key)) this.sortedKeys.splice(lowerBound(this.sortedKeys, meta.key), 0, meta.key);
    this.index.set(meta.key, meta);
  }

  private async load(): Promise<void> {
    const files = await readdir(this.objectsDir);
    const referenced = new Set<string>();
    for (const file of files.filter((name) => name.endsWith('.json'))) {
      const meta = JSON.parse(await readFile(join(this.objectsDir, file), 'utf8')) as ObjectMeta;
      referenced.add(meta.dataFile);
      this.index.set(meta.key, meta);
    }
    this.sortedKeys = [...this.index.keys()].sort(compareKeys);
    // Data files of writes that died before their metadata was renamed in, and leftover temp JSON.
    const orphans = files.filter((name) => (name.endsWith('.bin') && !referenced.has(name)) || name.endsWith('.tmp'));
    await Promise.all(orphans.map((name) => rm(join(this.objectsDir, name), { force: true })));
  }
}

function keyFileBase(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function lowerBound(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keys[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keys[mid]!, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
