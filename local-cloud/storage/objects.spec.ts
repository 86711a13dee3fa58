import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { StorageTestKit, testBucket } from './storage-test-kit';

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');

describe('local S3 objects', () => {
  const kit = new StorageTestKit();

  beforeEach(() => kit.start());
  afterEach(() => kit.stop());

  it('should return the stored bytes, content type and MD5 ETag when an object is put and got', async () => {
    const put = await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'art/cover.txt', Body: 'hello world', ContentType: 'text/plain' }));
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'art/cover.txt' }));
    expect(await got.Body!.transformToString()).toBe('hello world');
    expect(got.ContentType).toBe('text/plain');
    expect(put.ETag).toBe(`"${md5('hello world')}"`);
    expect(got.ETag).toBe(put.ETag);
  });

  it('should store the payload without aws-chunked framing when the SDK streams a body with its default checksum', async () => {
    const payload = Buffer.alloc(300_000, 'abcdefghij');
    await kit.client.send(
      new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/stream.bin', Body: Readable.from([payload.subarray(0, 100_000), payload.subarray(100_000)]), ContentLength: payload.length }),
    );
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'uploads/stream.bin' }));
    const bytes = Buffer.from(await got.Body!.transformToByteArray());
    expect(md5(bytes)).toBe(md5(payload));
  });

  it('should answer 206 with exactly the requested bytes when a Range is asked for', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'hls/l1/seg.ts', Body: '0123456789' }));
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'hls/l1/seg.ts', Range: 'bytes=2-5' }));
    expect(got.$metadata.httpStatusCode).toBe(206);
    expect(got.ContentRange).toBe('bytes 2-5/10');
    expect(await got.Body!.transformToString()).toBe('2345');
  });

  it('should serve a suffix range when the Range names only the last bytes', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'k', Body: '0123456789' }));
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'k', Range: 'bytes=-3' }));
    expect(await got.Body!.transformToString()).toBe('789');
  });

  it('should report size, type and user metadata when an object is headed', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'materials/a b+c.pdf', Body: 'pdf!', ContentType: 'application/pdf', Metadata: { lesson: 'l1' } }));
    const head = await kit.client.send(new HeadObjectCommand({ Bucket: testBucket, Key: 'materials/a b+c.pdf' }));
    expect(head.ContentLength).toBe(4);
    expect(head.ContentType).toBe('application/pdf');
    expect(head.Metadata).toEqual({ lesson: 'l1' });
  });

  it('should override Content-Disposition and Content-Type when response-* parameters are given', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'materials/sheet.pdf', Body: 'pdf', ContentType: 'application/pdf' }));
    const got = await kit.client.send(
      new GetObjectCommand({ Bucket: testBucket, Key: 'materials/sheet.pdf', ResponseContentDisposition: 'attachment; filename="sheet.pdf"', ResponseContentType: 'application/octet-stream' }),
    );
    expect(got.ContentDisposition).toBe('attachment; filename="sheet.pdf"');
    expect(got.ContentType).toBe('application/octet-stream');
  });

  it('should answer NoSuchKey when a deleted object is got', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/gone.mp4', Body: 'x' }));
    await kit.client.send(new DeleteObjectCommand({ Bucket: testBucket, Key: 'uploads/gone.mp4' }));
    await expectAsync(kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'uploads/gone.mp4' }))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'NoSuchKey' }),
    );
  });

  it('should copy the bytes and metadata when CopyObject is used', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/src.txt', Body: 'copy me', ContentType: 'text/plain' }));
    await kit.client.send(new CopyObjectCommand({ Bucket: testBucket, Key: 'art/dst.txt', CopySource: `${testBucket}/uploads/src.txt` }));
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'art/dst.txt' }));
    expect(await got.Body!.transformToString()).toBe('copy me');
    expect(got.ContentType).toBe('text/plain');
  });

  it('should page through keys and roll up common prefixes when listing with a delimiter', async () => {
    for (const key of ['hls/a/1.ts', 'hls/a/2.ts', 'hls/b/1.ts', 'hls/master.m3u8', 'hls/z.ts', 'other.txt']) {
      await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: key, Body: key }));
    }
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await kit.client.send(new ListObjectsV2Command({ Bucket: testBucket, Prefix: 'hls/', Delimiter: '/', MaxKeys: 2, ContinuationToken: token }));
      seen.push(...(page.CommonPrefixes ?? []).map((p) => p.Prefix!), ...(page.Contents ?? []).map((c) => c.Key!));
      token = page.NextContinuationToken;
    } while (token);
    expect(seen.sort()).toEqual(['hls/a/', 'hls/b/', 'hls/master.m3u8', 'hls/z.ts']);
  });

  it('should keep objects when the server restarts over the same state dir', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'art/keep.txt', Body: 'still here' }));
    await kit.stop({ keepState: true });
    await kit.start(kit.stateDir);
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'art/keep.txt' }));
    expect(await got.Body!.transformToString()).toBe('still here');
  });
});
