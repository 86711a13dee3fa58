import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { writeJsonAtomic, type StagedFile } from './file-staging';
import type { NewObject } from './object-store';
import { S3Error, noSuchUpload } from './s3-error';

export interface UploadInfo {
  readonly uploadId: string;
  readonly key: string;
  readonly initiated: string;
  readonly headers: NewObject['headers'];
  readonly userMetadata: Record<string, string>;
}

export interface PartInfo {
  readonly partNumber: number;
  readonly etag: string;
  readonly size: number;
  readonly lastModified: string;
  readonly dataFile: string;
}

export interface RequestedPart {
  readonly partNumber: number;
  readonly etag: string;
}

const minPartSize = 5 * 1024 * 1024;

/** Multipart uploads on disk: `multipart/<uploadId>/upload.json` plus one JSON and one data file per part. */
export class MultipartStore {
  private constructor(private readonly root: string) {}

  static async open(stateDir: string): Promise<MultipartStore> {
    const root = join(stateDir, 'multipart');
    await mkdir(root, { recursive: true });
    return new MultipartStore(root);
  }

  async create(key: string, headers: UploadInfo['headers'], userMetadata: Record<string, string>): Promise<UploadInfo> {
    const upload: UploadInfo = { uploadId: randomUUID().replace(/-/g, ''), key, initiated: new Date().toISOString(), headers, userMetadata };
    await mkdir(this.dir(upload.uploadId), { recursive: true });
    await writeJsonAtomic(join(this.dir(upload.uploadId), 'upload.json'), upload);
    return upload;
  }

  async get(uploadId: string, key: string): Promise<UploadInfo> {
    if (!/^[0-9a-f]{32}$/.test(uploadId)) throw noSuchUpload(uploadId);
    try {
      const upload = JSON.parse(await readFile(join(this.dir(uploadId), 'upload.json'), 'utf8')) as UploadInfo;
      if (upload.key !== key) throw noSuchUpload(uploadId);
      return upload;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw noSuchUpload(uploadId);
      throw error;
    }
  }

  async putPart(upload: UploadInfo, partNumber: number, staged: StagedFile): Promise<PartInfo> {
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10000) {
      await rm(staged.path, { force: true });
      throw new S3Error(400, 'InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive');
    }
    const dataFile = `${partNumber}.${randomUUID()}.bin`;
    await rename(staged.path, join(this.dir(upload.uploadId), dataFile));
    const part: PartInfo = { partNumber, etag: staged.md5Hex, size: staged.size, lastModified: new Date().toISOString(), dataFile };
    const previous = await this.readPart(upload.uploadId, partNumber);
    await writeJsonAtomic(join(this.dir(upload.uploadId), `${partNumber}.json`), part);
    if (previous) await rm(join(this.dir(upload.uploadId), previous.dataFile), { force: true });
    return part;
  }

  async listParts(uploadId: string): Promise<PartInfo[]> {
    const files = await readdir(this.dir(uploadId));
    const parts = await Promise.all(
      files.filter((name) => /^\d+\.json$/.test(name)).map((name) => this.readPart(uploadId, Number.parseInt(name, 10))),
    );
    return parts.filter((part): part is PartInfo => part !== undefined).sort((a, b) => a.partNumber - b.partNumber);
  }

  /**
   * Checks the requested part list the way S3 does, then concatenates the parts into `tmpDir`.
   * Returns the staged object and its multipart ETag (MD5 of the binary part MD5s, dash, count).
   */
  async assemble(upload: UploadInfo, requested: RequestedPart[], tmpDir: string): Promise<{ staged: StagedFile; etag: string }> {
    if (requested.length === 0) throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');
    const stored = new Map((await this.listParts(upload.uploadId)).map((part) => [part.partNumber, part]));
    const chosen: PartInfo[] = [];
    requested.forEach((wanted, index) => {
      if (index > 0 && wanted.partNumber <= requested[index - 1]!.partNumber) {
        throw new S3Error(400, 'InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.');
      }
      const part = stored.get(wanted.partNumber);
      if (!part || part.etag !== wanted.etag.replace(/"/g, '')) {
        throw new S3Error(400, 'InvalidPart', 'One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part\'s entity tag.');
      }
      if (index < requested.length - 1 && part.size < minPartSize) {
        throw new S3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.');
      }
      chosen.push(part);
    });
    const path = join(tmpDir, `${randomUUID()}.part`);
    const md5 = createHash('md5');
    const md5OfMd5s = createHash('md5');
    let size = 0;
    try {
      for (const [index, part] of chosen.entries()) {
        md5OfMd5s.update(Buffer.from(part.etag, 'hex'));
        size += part.size;
        const source = createReadStream(join(this.dir(upload.uploadId), part.dataFile));
        source.on('data', (chunk) => md5.update(chunk));
        await pipeline(source, createWriteStream(path, { flags: index === 0 ? 'w' : 'a' }));
      }
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { staged: { path, size, md5Hex: md5.digest('hex') }, etag: `${md5OfMd5s.digest('hex')}-${chosen.length}` };
  }

  async remove(uploadId: string): Promise<void> {
    await rm(this.dir(uploadId), { recursive: true, force: true });
  }

  private async readPart(uploadId: string, partNumber: number): Promise<PartInfo | undefined> {
    try {
      return JSON.parse(await readFile(join(this.dir(uploadId), `${partNumber}.json`), 'utf8')) as PartInfo;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private dir(uploadId: string): string {
    return join(this.root, uploadId);
  }
}
