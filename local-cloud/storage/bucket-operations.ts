import { compareKeys } from './object-store';
import type { S3Context } from './s3-context';
import { S3Error } from './s3-error';
import { param, readSmallBody, sendXml, type S3Request } from './s3-request';
import { readBlocks, type XmlNode } from './s3-xml';

interface ContinuationPoint {
  /** Last key or common prefix returned. */
  after: string;
  /** Set when `after` was a common prefix: every key under it was already rolled up. */
  skipPrefix?: string;
}

function encodeToken(point: ContinuationPoint): string {
  return Buffer.from(JSON.stringify(point)).toString('base64');
}

function decodeToken(token: string): ContinuationPoint {
  try {
    const point = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as ContinuationPoint;
    if (typeof point.after === 'string') return point;
  } catch {
    // fall through to S3's error
  }
  throw new S3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect');
}

/** ListObjectsV2 with prefix, delimiter, start-after, max-keys, continuation tokens and encoding-type=url. */
export function listObjectsV2(context: S3Context, request: S3Request): void {
  const prefix = param(request, 'prefix') ?? '';
  const delimiter = param(request, 'delimiter') || undefined;
  const startAfter = param(request, 'start-after');
  const continuationToken = param(request, 'continuation-token');
  const maxKeys = Math.max(0, Math.min(Number(param(request, 'max-keys') ?? 1000), 1000));
  if (Number.isNaN(maxKeys)) throw new S3Error(400, 'InvalidArgument', 'Provided max-keys not an integer or within integer range');
  const urlEncoded = param(request, 'encoding-type') === 'url';
  const encode = (value: string) => (urlEncoded ? encodeURIComponent(value).replace(/%2F/g, '/') : value);

  const point: ContinuationPoint = continuationToken ? decodeToken(continuationToken) : { after: startAfter ?? '' };
  const contents: XmlNode[] = [];
  const commonPrefixes: string[] = [];
  let last: ContinuationPoint | undefined;
  let truncated = false;
  for (const key of context.objects.keysAfter(point.after)) {
    if (!key.startsWith(prefix)) {
      if (compareKeys(key, prefix) > 0) break;
      continue;
    }
    if (point.skipPrefix && key.startsWith(point.skipPrefix)) continue;
    const delimiterAt = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
    const rolledUp = delimiterAt === -1 ? undefined : key.slice(0, delimiterAt + delimiter!.length);
    if (rolledUp !== undefined && rolledUp === commonPrefixes[commonPrefixes.length - 1]) continue;
    if (contents.length + commonPrefixes.length >= maxKeys) {
      truncated = true;
      break;
    }
    if (rolledUp !== undefined) {
      commonPrefixes.push(rolledUp);
      last = { after: rolledUp, skipPrefix: rolledUp };
    } else {
      const object = context.objects.get(key)!;
      contents.push({ Key: encode(key), LastModified: object.lastModified, ETag: `"${object.etag}"`, Size: object.size, StorageClass: 'STANDARD' });
      last = { after: key };
    }
  }
  sendXml(request, 200, 'ListBucketResult', {
    Name: context.bucket,
    Prefix: encode(prefix),
    Delimiter: delimiter === undefined ? undefined : encode(delimiter),
    StartAfter: startAfter === undefined ? undefined : encode(startAfter),
    MaxKeys: maxKeys,
    KeyCount: contents.length + commonPrefixes.length,
    IsTruncated: truncated,
    ContinuationToken: continuationToken,
    NextContinuationToken: truncated && last ? encodeToken(last) : undefined,
    EncodingType: urlEncoded ? 'url' : undefined,
    Contents: contents,
    CommonPrefixes: commonPrefixes.map((value) => ({ Prefix: encode(value) })),
  });
}

/** DeleteObjects (POST ?delete); quiet mode reports only errors, of which there are none for missing keys. */
export async function deleteObjects(context: S3Context, request: S3Request): Promise<void> {
  const xml = (await readSmallBody(request)).toString('utf8');
  const keys = readBlocks(xml, 'Object', ['Key']).map((object) => object['Key'] ?? '');
  if (keys.length === 0 || keys.length > 1000) throw new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.');
  for (const key of keys) await context.objects.delete(key);
  const quiet = /<Quiet>\s*true\s*<\/Quiet>/i.test(xml);
  sendXml(request, 200, 'DeleteResult', { Deleted: quiet ? [] : keys.map((key) => ({ Key: key })) });
}
