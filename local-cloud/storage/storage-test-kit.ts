import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import type { RunningService } from '../service';
import { startStorage } from './index';

export const testBucket = 'media-test-bucket';
export const testCredentials = { accessKeyId: 'LOCALTESTKEY', secretAccessKey: 'local-test-secret' };
export const appOrigin = 'http://localhost:4200';

/** A local S3 on a free port over a temp dir, plus a real SDK client pointed at it. */
export class StorageTestKit {
  readonly events: S3Event[] = [];
  service!: RunningService;
  client!: S3Client;
  stateDir!: string;
  private readonly eventWaiters: (() => void)[] = [];

  async start(stateDir?: string): Promise<void> {
    this.events.length = 0;
    this.stateDir = stateDir ?? (await mkdtemp(join(tmpdir(), 'local-s3-')));
    this.service = await startStorage({
      stateDir: this.stateDir,
      bucket: testBucket,
      allowedOrigins: [appOrigin],
      credentials: testCredentials,
      port: 0,
      onObjectCreated: (event) => {
        this.events.push(event);
        this.eventWaiters.splice(0).forEach((wake) => wake());
      },
    });
    this.client = this.clientWith(testCredentials);
  }

  clientWith(credentials: { accessKeyId: string; secretAccessKey: string }): S3Client {
    return new S3Client({ endpoint: this.service.url, forcePathStyle: true, region: 'us-east-1', credentials });
  }

  /** Events are delivered just after the response; resolves once `count` have arrived. */
  async eventsArrived(count: number): Promise<S3Event[]> {
    while (this.events.length < count) await new Promise<void>((wake) => this.eventWaiters.push(wake));
    return this.events;
  }

  async stop(options: { keepState?: boolean } = {}): Promise<void> {
    this.client.destroy();
    await this.service.stop();
    if (!options.keepState) await rm(this.stateDir, { recursive: true, force: true });
  }
}
