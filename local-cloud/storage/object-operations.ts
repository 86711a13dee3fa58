import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AwsChunkedDecoder } from './aws-chunked-decoder';
import { stageBody, type StagedFile } from './file-staging';
import type { ObjectMeta } from './object-store';
import { headersToStore, type S3Context } from './s3-context';
import { S3Error, noSuchKey } from './s3-error';
import { param, sendEmpty, sendXml, type S3Request } from './s3-request';

/** Receives the request body into a temp file, undoing aws-chunked framing and checking a signed payload hash. */
export function stageRequestBody(context: S3Context, request: S3Request, payloadHash: string): Promise<StagedFile> {
  const chunked = payloadHash.startsWith('STREAMING-') || (request.headers['content-encoding'] ?? '').includes('aws-chunked');
  const source: Readable = chunked ? request.req.pipe(new AwsChunkedDecoder()) : request.req;
  if (chunked) request.req.on('error', (error) => source.destroy(error));
  const expectedSha256 = /^[0-9a-f]{64}$/.test(payloadHash) ? payloadHash : undefined;
  return stageBody(source, context.objects.tmpDir, expectedSha256);
}

export async function putObject(context: S3Context, request: S3Request, payloadHash: string): Promise<void> {
  const staged = await stageRequestBody(context, request, payloadHash);
  const object = await context.objects.commit({ key: request.key, etag: staged.md5Hex, ...headersToStore(request) }, staged);
  sendEmpty(request, 200, { ETag: `"${object.etag}"` });
  context.objectCreated('ObjectCreated:Put', object, request);
}

export async function copyObject(context: S3Context, request: S3Request, copySource: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(copySource.split('?')[0]!).replace(/^\//, '');
  } catch {
    throw new S3Error(400, 'InvalidArgument', 'Copy Source must mention the source bucket and key: sourcebucket/sourcekey', { ArgumentName: 'x-amz-copy-source' });
  }
  const slash = decoded.indexOf('/');
  const sourceBucket = decoded.slice(0, slash);
  const sourceKey = decoded.slice(slash + 1);
  if (slash === -1 || sourceBucket !== context.bucket) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: sourceBucket });
  const source = context.objects.get(sourceKey);
  if (!source) throw noSuchKey(sourceKey);
  const replace = request.headers['x-amz-metadata-directive'] === 'REPLACE';
  if (sourceKey === request.key && !replace) {
    throw new S3Error(400, 'InvalidRequest', 'This copy request is illegal because it is trying to copy an object to itself without changing the object\'s metadata, storage class, website redirect location or encryption attributes.');
  }
  const staged = await stageBody(createReadStream(context.objects.dataPath(source)), context.objects.tmpDir);
  const attributes = replace ? headersToStore(request) : { headers: source.headers, userMetadata: source.userMetadata };
  const object = await context.objects.commit({ key: request.key, etag: staged.md5Hex, ...attributes }, staged);
  sendXml(request, 200, 'CopyObjectResult', { LastModified: object.lastModified, ETag: `"${object.etag}"` });
  context.objectCreated('ObjectCreated:Copy', object, request);
}

export async function deleteObject(context: S3Context, request: S3Request): Promise<void> {
  await context.objects.delete(request.key);
  sendEmpty(request, 204);
}

const responseOverrides: Record<string, string> = {
  'response-content-type': 'Content-Type',
  'response-content-disposition': 'Content-Disposition',
  'response-content-encoding': 'Content-Encoding',
  'response-content-language': 'Content-Language',
  'response-cache-control': 'Cache-Control',
  'response-expires': 'Expires',
};

/** GetObject and HeadObject: stored headers, response-* overrides, conditional requests and single byte ranges. */
export async function getObject(context: S3Context, request: S3Request): Promise<void> {
  const object = context.objects.get(request.key);
  if (!object) throw noSuchKey(request.key);
  const etag = `"${object.etag}"`;
  const headers: Record<string, string | number> = {
    ETag: etag,
    'Last-Modified': new Date(object.lastModified).toUTCString(),
    'Accept-Ranges': 'bytes',
    'x-amz-request-id': request.requestId,
  };
  for (const [name, value] of Object.entries(object.headers)) headers[name] = value;
  for (const [name, value] of Object.entries(object.userMetadata)) headers[`x-amz-meta-${name}`] = value;
  for (const [queryName, headerName] of Object.entries(responseOverrides)) {
    const value = param(request, queryName);
    if (value !== undefined) {
      delete headers[headerName.toLowerCase()];
      headers[headerName] = value;
    }
  }
  if (preconditionFailed(request, object)) throw new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', { Condition: 'If-Match' });
  if (notModified(request, object)) {
    request.res.writeHead(304, { ETag: etag, 'Last-Modified': headers['Last-Modified']!, 'x-amz-request-id': request.requestId });
    request.res.end();
    return;
  }
  const range = parseRange(request.headers['range'], object.size);
  let status = 200;
  let start = 0;
  let end = object.size - 1;
  if (range) {
    ({ start, end } = range);
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${object.size}`;
  }
  headers['Content-Length'] = object.size === 0 ? 0 : end - start + 1;
  request.res.writeHead(status, headers);
  if (request.method === 'HEAD' || object.size === 0) {
    request.res.end();
    return;
  }
  await pipeline(createReadStream(context.objects.dataPath(object), { start, end }), request.res);
}

function preconditionFailed(request: S3Request, object: ObjectMeta): boolean {
  const ifMatch = request.headers['if-match'];
  return ifMatch !== undefined && ifMatch !== '*' && !ifMatch.split(',').some((tag) => tag.trim().replace(/"/g, '') === object.etag);
}

function notModified(request: S3Request, object: ObjectMeta): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/"/g, '') === object.etag);
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(Date.parse(object.lastModified) / 1000) <= Math.floor(since / 1000);
}

/** One `bytes=` range, as S3 honours; anything else is ignored like S3 ignores multi-range requests. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) {
    throw new S3Error(416, 'InvalidRange', 'The requested range is not satisfiable', { RangeRequested: header!, ActualObjectSize: String(size) });
  }
  return { start, end };
}
