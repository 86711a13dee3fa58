import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  ALGORITHM_IDENTIFIER,
  SignatureV4Base,
  UNSIGNED_PAYLOAD,
  getCanonicalHeaders,
  getSigningKey,
} from '@smithy/signature-v4';
import type { IncomingMessage } from 'node:http';
import type { Checksum, HttpRequest, QueryParameterBag, SourceData } from '@smithy/types';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A refused signature, with the HTTP status and AWS error code the service answers with. */
export class SigV4Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** What the verifier needs from an incoming request; `path` and query are as received, not decoded. */
export interface IncomingSignedRequest {
  method: string;
  rawPath: string;
  query: QueryParameterBag;
  headers: Record<string, string | undefined>;
  /**
   * Hex SHA-256 of the body, for services whose clients sign the body without sending
   * x-amz-content-sha256 (AppSync); S3 clients always send the header.
   */
  bodySha256?: string;
}

/** A Node request whose body has been read, as the verifier takes it, with the body's hash (the SDK clients of SES and SSM sign the body). */
export function incomingSignedRequest(req: IncomingMessage, body: Buffer): IncomingSignedRequest {
  const url = new URL(req.url ?? '/', 'http://local');
  return {
    method: req.method ?? 'POST',
    rawPath: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value])),
    bodySha256: createHash('sha256').update(body).digest('hex'),
  };
}

export interface VerifiedRequest {
  /** Value of x-amz-content-sha256 for header-signed requests (hex hash, UNSIGNED-PAYLOAD or STREAMING-*). */
  payloadHash: string;
  /** The signer's x-amz-security-token, when it signed with temporary credentials. */
  sessionToken?: string;
}

export interface SigV4VerifierOptions {
  /** The signing name in the credential scope: 's3', 'appsync', ... */
  service: string;
  /** S3 signs the path as sent; every other service escapes it again (the smithy signer's `uriEscapePath`). */
  uriEscapePath: boolean;
}

const maxClockSkewMs = 15 * 60 * 1000;

/** node:crypto SHA-256 (HMAC when given a secret) in the shape the smithy signer expects. */
export class NodeSha256 implements Checksum {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
  reset(): void {
    throw new Error('NodeSha256 is single use');
  }
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/**
 * Verifies SigV4 (header and presigned query auth) by recomputing the canonical request with the
 * smithy signer's own building blocks, so the server agrees byte for byte with the SDK and Amplify
 * clients. One verifier serves every local stand-in that AWS signs for (S3, AppSync).
 */
export class SigV4Verifier extends SignatureV4Base {
  private readonly signingName: string;

  constructor(
    private readonly known: Credentials,
    options: SigV4VerifierOptions,
  ) {
    super({ service: options.service, region: 'us-east-1', credentials: known, sha256: NodeSha256, uriEscapePath: options.uriEscapePath, applyChecksum: false });
    this.signingName = options.service;
  }

  /** Throws SigV4Error when the request carries no valid signature; `now` is injectable for clarity, not tests. */
  async verify(request: IncomingSignedRequest, now = new Date()): Promise<VerifiedRequest> {
    const authorization = request.headers['authorization'];
    if (authorization) return this.verifyHeaderAuth(request, authorization, now);
    if (queryValue(request.query, 'X-Amz-Signature') !== undefined) return this.verifyPresigned(request, now);
    throw new SigV4Error(403, 'AccessDenied', 'Access Denied');
  }

  private async verifyHeaderAuth(request: IncomingSignedRequest, authorization: string, now: Date): Promise<VerifiedRequest> {
    const match = /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)\s*$/.exec(authorization);
    if (!match) {
      throw new SigV4Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; only AWS4-HMAC-SHA256 is supported.');
    }
    const [, credential, signedHeaderList, signature] = match;
    const longDate = request.headers['x-amz-date'] ?? '';
    const requestTime = parseLongDate(longDate);
    if (!requestTime) throw new SigV4Error(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header');
    if (Math.abs(now.getTime() - requestTime.getTime()) > maxClockSkewMs) {
      throw new SigV4Error(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
    }
    const claimedHash = request.headers['x-amz-content-sha256'];
    if (request.bodySha256 !== undefined && claimedHash !== undefined && claimedHash !== request.bodySha256) {
      throw new SigV4Error(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    const payloadHash = claimedHash ?? request.bodySha256 ?? UNSIGNED_PAYLOAD;
    const expected = await this.expectedSignature(request, credential!, signedHeaderList!, longDate, payloadHash);
    assertSignature(expected, signature!);
    const sessionToken = signedHeaderList!.split(';').includes('x-amz-security-token') ? request.headers['x-amz-security-token'] : undefined;
    return { payloadHash, ...(sessionToken ? { sessionToken } : {}) };
  }

  private async verifyPresigned(request: IncomingSignedRequest, now: Date): Promise<VerifiedRequest> {
    const algorithm = queryValue(request.query, 'X-Amz-Algorithm');
    const credential = queryValue(request.query, 'X-Amz-Credential');
    const longDate = queryValue(request.query, 'X-Amz-Date') ?? '';
    const expires = Number(queryValue(request.query, 'X-Amz-Expires'));
    const signedHeaderList = queryValue(request.query, 'X-Amz-SignedHeaders');
    const signature = queryValue(request.query, 'X-Amz-Signature') ?? '';
    const signedAt = parseLongDate(longDate);
    if (algorithm !== ALGORITHM_IDENTIFIER || !credential || !signedHeaderList || !signedAt || !Number.isInteger(expires)) {
      throw new SigV4Error(400, 'AuthorizationQueryParametersError', 'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.');
    }
    if (now.getTime() > signedAt.getTime() + expires * 1000) {
      throw new SigV4Error(403, 'AccessDenied', 'Request has expired', {
        'X-Amz-Expires': String(expires),
        Expires: new Date(signedAt.getTime() + expires * 1000).toISOString(),
        ServerTime: now.toISOString(),
      });
    }
    const payloadHash = queryValue(request.query, 'X-Amz-Content-Sha256') ?? UNSIGNED_PAYLOAD;
    const expected = await this.expectedSignature(request, credential, signedHeaderList, longDate, payloadHash);
    assertSignature(expected, signature);
    return { payloadHash: UNSIGNED_PAYLOAD };
  }

  private async expectedSignature(
    request: IncomingSignedRequest,
    credential: string,
    signedHeaderList: string,
    longDate: string,
    payloadHash: string,
  ): Promise<string> {
    const [accessKeyId, shortDate, region, service, terminator] = credential.split('/');
    if (accessKeyId !== this.known.accessKeyId) {
      throw new SigV4Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
    }
    if (!shortDate || !region || service !== this.signingName || terminator !== 'aws4_request' || !longDate.startsWith(shortDate)) {
      throw new SigV4Error(400, 'AuthorizationHeaderMalformed', `The credential scope ${credential} is malformed.`);
    }
    const signedHeaders = new Set(signedHeaderList.split(';'));
    const picked: Record<string, string> = {};
    for (const name of signedHeaders) {
      const value = request.headers[name];
      if (value !== undefined) picked[name] = value;
    }
    const httpRequest: HttpRequest = {
      method: request.method,
      protocol: 'http:',
      hostname: picked['host'] ?? '',
      path: request.rawPath,
      query: request.query,
      headers: picked,
    };
    const canonicalHeaders = getCanonicalHeaders(httpRequest, undefined, signedHeaders);
    const canonicalRequest = this.createCanonicalRequest(httpRequest, canonicalHeaders, payloadHash);
    const scope = `${shortDate}/${region}/${this.signingName}/aws4_request`;
    const stringToSign = await this.createStringToSign(longDate, scope, canonicalRequest, ALGORITHM_IDENTIFIER);
    const signingKey = await getSigningKey(NodeSha256, this.known, shortDate, region, this.signingName);
    return createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  }
}

function assertSignature(expected: string, actual: string): void {
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new SigV4Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
  }
}

function queryValue(query: QueryParameterBag, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(query)) {
    if (key.toLowerCase() !== lower) continue;
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  }
  return undefined;
}

function parseLongDate(longDate: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(longDate);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}
