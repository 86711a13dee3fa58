import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Amplify } from 'aws-amplify';
import { ConsoleLogger } from 'aws-amplify/utils';
import { toResourcesConfig } from '../../src/app/core/amplify/amplify-outputs';
import { localAwsClients, type LocalAwsClients } from '../local-aws-clients';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../local-cloud';
import { ffmpegPath } from '../mediaconvert/ffmpeg-path';

const run = promisify(execFile);
export const password = 'Integration-Test-1!';

/** A whole local cloud on free ports in a temp folder, with AWS SDK clients as a backend script would have. */
export class CloudFixture {
  cloud!: LocalCloud;
  private clients!: LocalAwsClients;
  readonly logs: string[] = [];

  private constructor(
    readonly stateDir: string,
    private readonly options: Pick<LocalCloudOptions, 'dataClock'>,
  ) {}

  static async start(stateDir?: string, options: Pick<LocalCloudOptions, 'dataClock'> = {}): Promise<CloudFixture> {
    const fixture = new CloudFixture(stateDir ?? (await mkdtemp(join(tmpdir(), 'local-cloud-'))), options);
    await fixture.boot();
    return fixture;
  }

  get outputsFile(): string {
    return join(this.stateDir, 'amplify_outputs.json');
  }

  async boot(): Promise<void> {
    this.cloud = await startLocalCloud({
      stateDir: this.stateDir,
      outputsFile: this.outputsFile,
      appOrigin: 'http://localhost:4200',
      anyFreePorts: true,
      ...this.options,
      log: (service, line) => this.logs.push(`${service}: ${line}`),
    });
    this.clients = localAwsClients(this.cloud);
    ConsoleLogger.LOG_LEVEL = 'ERROR';
    Amplify.configure(toResourcesConfig(JSON.parse(await readFile(this.outputsFile, 'utf8'))));
  }

  async restart(): Promise<void> {
    await this.cloud.stop();
    await this.boot();
  }

  stop(): Promise<void> {
    return this.cloud.stop();
  }

  get s3(): S3Client {
    return this.clients.s3;
  }

  put(model: string, item: Record<string, unknown>): Promise<unknown> {
    return this.clients.putModel(model, item);
  }

  async get(model: string, key: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    return (await this.clients.documents.send(new GetCommand({ TableName: this.cloud.data.tables[model], Key: key }))).Item;
  }

  /** Uploads a short generated video under uploads/<lessonId>/ as an admin's browser would. */
  async uploadLessonVideo(lessonId: string): Promise<void> {
    const file = join(this.stateDir, `${lessonId}.mp4`);
    await run(ffmpegPath(), [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=25',
      '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
      '-t', '3', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', file,
    ]);
    await this.uploadFile(`uploads/${lessonId}/source.mp4`, await readFile(file), 'video/mp4');
  }

  async uploadFile(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.cloud.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  /** Polls until `read` returns a value that passes `done` (bounded; never a timing assertion). */
  async eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 240_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}; last value ${JSON.stringify(value)}\n${this.logs.slice(-20).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
