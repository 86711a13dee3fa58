/**
 * Builds the app as it deploys (production configuration, service worker included) and serves it
 * the way Amplify Hosting does: files as they are, every other path answered with index.html.
 * `ng serve` never runs the service worker, so the offline e2e uses this (e2e/playwright.config.ts).
 * It serves the amplify_outputs.json copied at build time: start the local cloud first.
 */
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { listen } from '../http/listen';
import { ports } from '../service';
import { projectRoot } from '../synth/synth-backend';

const outputPath = join(projectRoot, 'dist/app-build');
const root = join(outputPath, 'browser');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath: string): Promise<string> {
  const candidate = join(root, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
  const isFile = candidate.startsWith(root) && (await stat(candidate).then((s) => s.isFile(), () => false));
  return isFile ? candidate : join(root, 'index.html');
}

const build = spawnSync(
  process.execPath,
  [join(projectRoot, 'node_modules/@angular/cli/bin/ng.js'), 'build', '--configuration', 'production', '--output-path', outputPath],
  { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, NG_CLI_ANALYTICS: 'false' } },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  fileFor(path).then(
    async (file) => {
      res.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(await readFile(file));
    },
    (error: Error) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(error.message);
    },
  );
});
await listen(server, ports.appBuild, 'app build');
// localhost, as the local cloud's CORS origins name it (local-cloud/local-cloud.ts).
console.log(`Production build served at http://localhost:${ports.appBuild}`);
