/**
 * `npm start`: the whole product on this machine — local cloud, demo data and the Angular app at
 * http://localhost:4200. Ctrl-C stops everything; all state stays in .local-cloud/ (npm run reset).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDemo } from './demo/seed-demo';
import { startLocalCloud, type LocalCloud } from './local-cloud';
import { createLog } from './log';
import { ports } from './service';
import { projectRoot } from './synth/synth-backend';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const stateDir = process.env['LOCAL_CLOUD_STATE_DIR'] ?? join(projectRoot, '.local-cloud');
const outputsFile = process.env['LOCAL_CLOUD_OUTPUTS_FILE'] ?? join(projectRoot, 'amplify_outputs.json');
const withApp = !process.argv.includes('--no-app');
const withDemo = !process.argv.includes('--no-demo');
const appUrl = `http://localhost:${ports.app}`;
const log = createLog();

let cloud: LocalCloud | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function stop(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('local-cloud', 'stopping…');
    app?.kill('SIGTERM');
    await cloud?.stop();
    log('local-cloud', 'stopped');
  }
  process.exit(exitCode);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

function startApp(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/@angular/cli/bin/ng.js'), 'serve', '--port', String(ports.app), '--host', 'localhost', '--no-open'], {
    cwd: projectRoot,
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log('app', line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  child.on('exit', (code) => {
    if (!stopping) {
      log('app', `ng serve exited (${code})`);
      void stop(1);
    }
  });
  return waitForHttp(appUrl, 5 * 60_000).then(() => child);
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

try {
  const started = Date.now();
  cloud = await startLocalCloud({ stateDir, outputsFile, appOrigin: appUrl, log });
  const seededMarker = join(stateDir, 'demo-seeded');
  if (withDemo && !existsSync(seededMarker)) {
    await seedDemo(cloud, (line) => log('demo', line));
    await writeFile(seededMarker, new Date().toISOString());
  }
  if (withApp) app = await startApp();
  const mailbox = `${cloud.auth.url}/mailbox`;
  log.summary([
    ['App', withApp ? appUrl : '(not started: --no-app)'],
    ['GraphQL (AppSync)', cloud.data.graphqlUrl],
    ['Auth (Cognito)', cloud.auth.url],
    ['Mailbox (codes and email)', mailbox],
    ['SES (SendEmail)', cloud.mail.url],
    ['S3 bucket media-local', cloud.storage.url],
    ['DynamoDB', cloud.data.dynamoEndpoint],
    ['MediaConvert (ffmpeg)', cloud.mediaConvert.url],
    ['Stripe API + checkout', cloud.stripe.url],
    ['Function URLs', cloud.functionUrls.url],
    ['State', stateDir],
    ['Demo accounts', 'admin@example.com, student@example.com, newbie@example.com — password Play-Along-2026!'],
  ], Date.now() - started);
} catch (error) {
  log('local-cloud', `✖ ${(error as Error).message}`);
  await stop(1);
}
