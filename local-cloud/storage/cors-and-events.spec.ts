import { CompleteMultipartUploadCommand, CopyObjectCommand, CreateMultipartUploadCommand, PutObjectCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { appOrigin, StorageTestKit, testBucket } from './storage-test-kit';

describe('local S3 CORS', () => {
  const kit = new StorageTestKit();
  beforeEach(() => kit.start());
  afterEach(() => kit.stop());

  const preflight = (origin: string) =>
    fetch(`${kit.service.url}/${testBucket}/uploads/x.mp4?partNumber=1&uploadId=abc`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
    });

  it('should allow the method and expose ETag when the preflight comes from the app origin', async () => {
    const response = await preflight(appOrigin);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('should refuse the preflight with 403 and no allow-origin when it comes from another origin', async () => {
    const response = await preflight('http://evil.example');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('local S3 object-created events', () => {
  const kit = new StorageTestKit();
  beforeEach(() => kit.start());
  afterEach(() => kit.stop());

  it('should emit an S3 notification shaped like AWS when an object is put', async () => {
    const put = await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/my lesson (1).mp4', Body: 'abc' }));
    const [event] = await kit.eventsArrived(1);
    const record = event!.Records[0]!;
    expect(record).toEqual(
      jasmine.objectContaining({ eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventName: 'ObjectCreated:Put' }),
    );
    expect(new Date(record.eventTime).toISOString()).toBe(record.eventTime);
    expect(record.s3.bucket).toEqual(jasmine.objectContaining({ name: testBucket, arn: `arn:aws:s3:::${testBucket}` }));
    expect(record.s3.object).toEqual(jasmine.objectContaining({ key: 'uploads/my+lesson+%281%29.mp4', size: 3, eTag: put.ETag!.replace(/"/g, '') }));
    expect(record.s3.object.sequencer).toMatch(/^[0-9A-F]+$/);
  });

  it('should emit ObjectCreated:CompleteMultipartUpload with the final size and ETag when a multipart upload completes', async () => {
    const key = 'uploads/big.mp4';
    const { UploadId } = await kit.client.send(new CreateMultipartUploadCommand({ Bucket: testBucket, Key: key }));
    const part = await kit.client.send(new UploadPartCommand({ Bucket: testBucket, Key: key, UploadId, PartNumber: 1, Body: 'only part' }));
    const done = await kit.client.send(new CompleteMultipartUploadCommand({ Bucket: testBucket, Key: key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    const [event] = await kit.eventsArrived(1);
    const record = event!.Records[0]!;
    expect(record.eventName).toBe('ObjectCreated:CompleteMultipartUpload');
    expect(record.s3.object).toEqual(jasmine.objectContaining({ key, size: 9, eTag: done.ETag!.replace(/"/g, '') }));
    expect(record.s3.object.eTag).toBe(`${createHash('md5').update(createHash('md5').update('only part').digest()).digest('hex')}-1`);
  });

  it('should emit ObjectCreated:Copy when an object is copied', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/a.mp4', Body: 'abc' }));
    await kit.client.send(new CopyObjectCommand({ Bucket: testBucket, Key: 'uploads/b.mp4', CopySource: `${testBucket}/uploads/a.mp4` }));
    const events = await kit.eventsArrived(2);
    expect(events.map((e) => [e.Records[0]!.eventName, e.Records[0]!.s3.object.key])).toEqual([
      ['ObjectCreated:Put', 'uploads/a.mp4'],
      ['ObjectCreated:Copy', 'uploads/b.mp4'],
    ]);
  });
});
