import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const projectRoot = resolve(import.meta.dirname, '../..');
export const defaultSynthDir = join(projectRoot, '.synth');

/** A synthesized cloud assembly: every stack template, keyed by file name. */
export interface SynthOutput {
  dir: string;
  templates: Map<string, CloudFormationTemplate>;
}

export interface CloudFormationTemplate {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; [key: string]: unknown }>;
  Outputs?: Record<string, unknown>;
  Parameters?: Record<string, unknown>;
}

/**
 * Synthesizes amplify/backend.ts to CloudFormation the way `ampx sandbox` would, with no AWS
 * credentials and no network: CDK only needs the three Amplify context keys. `environment` is what
 * a deployment would set for backend.ts (APP_ORIGIN, ...).
 */
export async function synthBackend(outDir = defaultSynthDir, environment: Record<string, string> = {}): Promise<SynthOutput> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const context = {
    'amplify-backend-namespace': 'playalong',
    'amplify-backend-name': 'local',
    'amplify-backend-type': 'sandbox',
  };
  await run(process.execPath, ['--import', 'tsx', join(projectRoot, 'amplify/backend.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...environment, CDK_OUTDIR: outDir, CDK_CONTEXT_JSON: JSON.stringify(context) },
    maxBuffer: 64 * 1024 * 1024,
  });
  return readSynthOutput(outDir);
}

/**
 * Synthesizes only when amplify/, the lockfile or `environment` changed since the last synth into
 * `outDir` (a content hash is kept beside the templates).
 */
export async function synthIfChanged(outDir: string, environment: Record<string, string> = {}): Promise<SynthOutput & { fresh: boolean }> {
  const hash = await sourceHash(environment);
  const hashFile = join(outDir, '.source-hash');
  const previous = await readFile(hashFile, 'utf8').catch(() => '');
  if (previous === hash) return { ...(await readSynthOutput(outDir)), fresh: false };
  const output = await synthBackend(outDir, environment);
  await writeFile(hashFile, hash);
  return { ...output, fresh: true };
}

async function sourceHash(environment: Record<string, string>): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(environment));
  const amplifyDir = join(projectRoot, 'amplify');
  const files = (await readdir(amplifyDir, { recursive: true })).filter((file) => /\.(ts|json)$/.test(file)).sort();
  for (const file of files) hash.update(file).update(await readFile(join(amplifyDir, file)));
  hash.update(await readFile(join(projectRoot, 'package-lock.json')));
  return hash.digest('hex');
}

let shared: Promise<SynthOutput> | undefined;

/** One synth per test process, into a private temp dir, shared by every spec that needs templates. */
export function synthOnce(): Promise<SynthOutput> {
  shared ??= mkdtemp(join(tmpdir(), 'synth-')).then((dir) => synthBackend(dir));
  return shared;
}

export async function readSynthOutput(dir = defaultSynthDir): Promise<SynthOutput> {
  const templates = new Map<string, CloudFormationTemplate>();
  for (const file of await readdir(dir)) {
    if (file.endsWith('.template.json')) {
      templates.set(file, JSON.parse(await readFile(join(dir, file), 'utf8')) as CloudFormationTemplate);
    }
  }
  return { dir, templates };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const output = await synthBackend(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Synthesized ${output.templates.size} templates to ${output.dir} in ${Date.now() - started} ms`);
}
