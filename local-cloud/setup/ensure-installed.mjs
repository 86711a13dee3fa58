#!/usr/bin/env node
// Installs what the product needs on a fresh machine: npm packages (when the lockfile changed)
// and the system packages Chromium and ffmpeg (Debian, as root). Plain Node: it runs before
// node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const stampFile = join(root, 'node_modules', '.lockfile-hash');
const systemPackages = [
  { binary: '/usr/bin/chromium', debian: 'chromium' },
  { binary: '/usr/bin/ffmpeg', debian: 'ffmpeg' },
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function ensureNpmPackages() {
  const lockHash = createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === lockHash) return;
  // `npm install`, not `npm ci`: npm 11's ci rejects this lockfile over the nested copies inside
  // @aws-amplify/data-construct's bundled dependencies, which install honours as locked.
  console.log('▶ Installing npm packages from package-lock.json…');
  run('npm', ['install', '--no-audit', '--no-fund']);
  writeFileSync(stampFile, lockHash);
}

function ensureSystemPackages() {
  const missing = systemPackages.filter((p) => !existsSync(p.binary)).map((p) => p.debian);
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `✖ Missing system packages: ${missing.join(', ')}.\n` +
        `  Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`▶ Installing system packages: ${missing.join(', ')}…`);
  run('apt-get', ['update', '-qq']);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

ensureSystemPackages();
ensureNpmPackages();
