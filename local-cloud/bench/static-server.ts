import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.m3u8', '.svg']);

export interface StaticServer {
  readonly origin: string;
  /** Serves these bytes at this path (outputs, the bare page and its files); anything else comes from the build. */
  route(path: string, file: string | (() => Promise<Buffer | string>)): void;
  stop(): Promise<void>;
}

/**
 * The production build as a static host serves it: files from the build, gzip where the browser
 * accepts it, index.html for every app route, hashed files cacheable, no dev server in between.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const routes = new Map<string, () => Promise<Buffer | string>>();
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
      const routed = routes.get(path);
      const extension = extname(path);
      let body: Buffer;
      try {
        body = Buffer.from(routed ? await routed() : await readFile(join(root, path)));
      } catch {
        if (extension) {
          response.writeHead(404).end();
          return;
        }
        body = await readFile(join(root, 'index.html'));
      }
      const type = contentTypes[extension || '.html'] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': /-[A-Z0-9]{8}\.(js|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache' };
      if (compressible.has(extension || '.html') && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const key = `${path}:${body.length}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
        body = gzipped.get(key)!;
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(body);
    })().catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    route: (path, file) => routes.set(path, typeof file === 'string' ? () => readFile(file) : file),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
