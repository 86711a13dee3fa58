import type { IncomingMessage, ServerResponse } from 'node:http';

const allowedMethods = 'GET, PUT, POST, DELETE, HEAD';
// ETag must be readable by browser code doing multipart uploads; the rest mirror Amplify's recommended bucket CORS.
const exposedHeaders = 'ETag, x-amz-request-id, x-amz-id-2, x-amz-server-side-encryption, x-amz-version-id, Content-Length, Content-Range, Accept-Ranges';

/** The bucket's CORS rule: the listed origins ('*' allows any) may use every method and header. */
export class CorsPolicy {
  constructor(private readonly allowedOrigins: readonly string[]) {}

  allows(origin: string | undefined): origin is string {
    return origin !== undefined && (this.allowedOrigins.includes(origin) || this.allowedOrigins.includes('*'));
  }

  /** Adds CORS headers to an actual (non-preflight) response when the Origin is allowed. */
  decorate(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method');
    if (!this.allows(origin)) return;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', exposedHeaders);
  }

  /** Answers an OPTIONS preflight; returns false when S3 would refuse it (403). */
  preflight(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    const method = req.headers['access-control-request-method'];
    if (!this.allows(origin) || !method || !allowedMethods.includes(method.toUpperCase())) return false;
    res.setHeader('Vary', 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method');
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Methods', allowedMethods);
    const requestedHeaders = req.headers['access-control-request-headers'];
    if (requestedHeaders) res.setHeader('Access-Control-Allow-Headers', requestedHeaders);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', exposedHeaders);
    res.setHeader('Access-Control-Max-Age', '3000');
    return true;
  }
}
