import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Amplify } from 'aws-amplify';
import { confirmSignUp, signIn, signOut, signUp } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import Stripe from 'stripe';
import type { Schema } from '../../amplify/data/resource';
import { toResourcesConfig } from '../../src/app/core/amplify/amplify-outputs';
import type { LocalSecrets } from '../local-secrets';
import { projectRoot } from '../synth/synth-backend';

const portOffset = 3700;
const password = 'Kill-Nine-Test-1!';
const email = 'kill-nine@example.com';

/** `npm start` without the app and demo, as its own process, resolved once it reports ready. */
function startCloudProcess(stateDir: string, outputsFile: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'local-cloud/start.ts'), '--no-app', '--no-demo'], {
    cwd: projectRoot,
    env: { ...process.env, LOCAL_CLOUD_STATE_DIR: stateDir, LOCAL_CLOUD_OUTPUTS_FILE: outputsFile, LOCAL_CLOUD_PORT_OFFSET: String(portOffset) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running locally')) resolve(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`local cloud exited (${code}) before it was ready:\n${output}`)));
  });
}

function killNine(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('the local cloud killed with SIGKILL', () => {
  let stateDir: string;
  let outputsFile: string;
  let cloud: ChildProcess | undefined;

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'kill-nine-'));
    outputsFile = join(stateDir, 'amplify_outputs.json');
  });

  afterAll(async () => {
    await signOut().catch(() => undefined);
    if (cloud && cloud.exitCode === null) await killNine(cloud);
  });

  it('should lose nothing it acknowledged: the user, their records, stored objects and payments', async () => {
    cloud = await startCloudProcess(stateDir, outputsFile);
    const outputs = JSON.parse(await readFile(outputsFile, 'utf8')) as { custom: { local: { userPoolEndpoint: string } } };
    Amplify.configure(toResourcesConfig(outputs));
    const secrets = JSON.parse(await readFile(join(stateDir, 'secrets.json'), 'utf8')) as LocalSecrets;
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${4130 + portOffset}`,
      forcePathStyle: true,
      credentials: { accessKeyId: secrets.awsAccessKeyId, secretAccessKey: secrets.awsSecretAccessKey },
    });
    const stripe = new Stripe(secrets.stripeSecretKey, { host: '127.0.0.1', port: 4140 + portOffset, protocol: 'http' });

    await signUp({ username: email, password, options: { userAttributes: { email } } });
    const mailbox = (await (await fetch(`${outputs.custom.local.userPoolEndpoint}/mailbox/${encodeURIComponent(email)}.json`)).json()) as { code: string }[];
    await confirmSignUp({ username: email, confirmationCode: mailbox[0]!.code });
    await signIn({ username: email, password });
    const loop = await generateClient<Schema>().models.PracticeLoop.create({ lessonId: 'lesson-k9', name: 'Bars 5-8', startSeconds: 5, endSeconds: 8 });
    expect(loop.errors).toBeUndefined();
    await signOut();
    await s3.send(new PutObjectCommand({ Bucket: 'media-local', Key: 'materials/k9/sheet.pdf', Body: '%PDF-1.4 kill nine', ContentType: 'application/pdf' }));
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      success_url: 'http://localhost:4200/ok',
      cancel_url: 'http://localhost:4200/cancel',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 1234, product_data: { name: 'Kill nine' } } }],
    });

    await killNine(cloud);
    cloud = await startCloudProcess(stateDir, outputsFile);

    await signIn({ username: email, password });
    const loops = await generateClient<Schema>().models.PracticeLoop.list();
    expect(loops.data.map((l) => l.name)).toEqual(['Bars 5-8']);
    const object = await s3.send(new GetObjectCommand({ Bucket: 'media-local', Key: 'materials/k9/sheet.pdf' }));
    expect(await object.Body?.transformToString()).toBe('%PDF-1.4 kill nine');
    expect((await stripe.checkout.sessions.retrieve(session.id)).amount_total).toBe(1234);
  }, 300_000);
});
