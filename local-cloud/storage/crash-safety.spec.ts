import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { StorageTestKit, testBucket, testCredentials } from './storage-test-kit';

async function startStorageProcess(stateDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'storage-process-fixture.ts'), stateDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, url: chunk.toString().trim() };
}

/** Resolves once the server has started writing the upload to its staging dir. */
async function stagedBytesArrived(tmpDir: string): Promise<void> {
  for (;;) {
    const staged = await readdir(tmpDir);
    if (staged.length > 0 && (await stat(join(tmpDir, staged[0]!))).size > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('local S3 after kill -9', () => {
  const kit = new StorageTestKit();
  afterEach(() => kit.stop());

  it('should still serve the last acknowledged version when the process dies in the middle of an overwrite', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'local-s3-crash-'));
    const { child, url } = await startStorageProcess(stateDir);
    const client = new S3Client({ endpoint: url, forcePathStyle: true, region: 'us-east-1', credentials: testCredentials });
    await client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/take.mp4', Body: 'version one' }));
    const putUrl = new URL(await getSignedUrl(client, new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/take.mp4' }), { expiresIn: 60 }));
    client.destroy();

    const upload = request(putUrl, { method: 'PUT', headers: { 'Content-Length': 2_000_000 } });
    upload.on('error', () => undefined);
    upload.write(Buffer.alloc(1_000_000, 'x'));
    await stagedBytesArrived(join(stateDir, 'tmp'));
    child.kill('SIGKILL');
    await once(child, 'exit');

    await kit.start(stateDir);
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'uploads/take.mp4' }));
    expect(await got.Body!.transformToString()).toBe('version one');
    expect((await readdir(join(stateDir, 'tmp'))).length).toBe(0);
  }, 30_000);
});
