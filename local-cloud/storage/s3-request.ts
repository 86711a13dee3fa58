import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { QueryParameterBag } from '@smithy/types';
import { S3Error } from './s3-error';
import { xmlDocument, type XmlNode } from './s3-xml';

/** An incoming request split the way S3 addresses things: bucket, key, raw path and sub-resources. */
export interface S3Request {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly requestId: string;
  readonly method: string;
  readonly rawPath: string;
  readonly query: QueryParameterBag;
  readonly headers: Record<string, string | undefined>;
  readonly bucket: string | undefined;
  /** Decoded object key; '' for bucket-level requests. */
  readonly key: string;
}

export function parseS3Request(req: IncomingMessage, res: ServerResponse, virtualHostBucket: string): S3Request {
  const target = req.url ?? '/';
  const questionMark = target.indexOf('?');
  const rawPath = questionMark === -1 ? target : target.slice(0, questionMark);
  const query = parseQuery(questionMark === -1 ? '' : target.slice(questionMark + 1));
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
  const host = (headers['host'] ?? '').split(':')[0]!;
  let bucket: string | undefined;
  let encodedKey: string;
  if (host.startsWith(`${virtualHostBucket}.`)) {
    bucket = virtualHostBucket;
    encodedKey = rawPath.slice(1);
  } else {
    const slash = rawPath.indexOf('/', 1);
    bucket = decodeSafely(slash === -1 ? rawPath.slice(1) : rawPath.slice(1, slash)) || undefined;
    encodedKey = slash === -1 ? '' : rawPath.slice(slash + 1);
  }
  return {
    req,
    res,
    requestId: randomBytes(8).toString('hex').toUpperCase(),
    method: (req.method ?? 'GET').toUpperCase(),
    rawPath,
    query,
    headers,
    bucket,
    key: decodeSafely(encodedKey),
  };
}

function parseQuery(raw: string): QueryParameterBag {
  const query: Record<string, string | string[]> = {};
  for (const pair of raw.split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const name = decodeSafely(equals === -1 ? pair : pair.slice(0, equals));
    const value = equals === -1 ? '' : decodeSafely(pair.slice(equals + 1));
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new S3Error(400, 'InvalidURI', "Couldn't parse the specified URI.");
  }
}

export function param(request: S3Request, name: string): string | undefined {
  const value = request.query[name];
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

export function hasParam(request: S3Request, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(request.query, name);
}

export function sendXml(request: S3Request, status: number, root: string, body: XmlNode): void {
  const xml = xmlDocument(root, body);
  request.res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(xml), 'x-amz-request-id': request.requestId });
  request.res.end(xml);
}

export function sendEmpty(request: S3Request, status: number, headers: Record<string, string | number> = {}): void {
  request.res.writeHead(status, { 'Content-Length': 0, 'x-amz-request-id': request.requestId, ...headers });
  request.res.end();
}

export function sendError(request: S3Request, error: S3Error): void {
  const { res } = request;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const resource = request.bucket ? `/${request.bucket}${request.key ? `/${request.key}` : ''}` : '/';
  const xml = xmlDocument('Error', { Code: error.code, Message: error.message, ...error.extra, Resource: resource, RequestId: request.requestId }, false);
  const headers = { 'Content-Type': 'application/xml', 'x-amz-request-id': request.requestId };
  if (request.method === 'HEAD') {
    res.writeHead(error.status, headers);
    res.end();
  } else {
    res.writeHead(error.status, { ...headers, 'Content-Length': Buffer.byteLength(xml) });
    res.end(xml);
  }
}

/** Reads a small request body (request XML) fully. */
export async function readSmallBody(request: S3Request, limit = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new S3Error(400, 'MaxMessageLengthExceeded', 'Your request was too big.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
