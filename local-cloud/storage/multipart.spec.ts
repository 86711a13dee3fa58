import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  ListPartsCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { StorageTestKit, testBucket } from './storage-test-kit';

const mib = 1024 * 1024;
const md5 = (data: Buffer) => createHash('md5').update(data).digest();

describe('local S3 multipart uploads', () => {
  const kit = new StorageTestKit();
  const key = 'uploads/lesson-1/source.mp4';
  const parts = [Buffer.alloc(5 * mib, 'a'), Buffer.alloc(5 * mib, 'b'), Buffer.from('the tail')];

  beforeEach(() => kit.start());
  afterEach(() => kit.stop());

  async function uploadParts(uploadId: string): Promise<{ PartNumber: number; ETag: string }[]> {
    const uploaded = [];
    for (const [index, body] of parts.entries()) {
      const result = await kit.client.send(new UploadPartCommand({ Bucket: testBucket, Key: key, UploadId: uploadId, PartNumber: index + 1, Body: body }));
      uploaded.push({ PartNumber: index + 1, ETag: result.ETag! });
    }
    return uploaded;
  }

  it('should list every uploaded part with its size and MD5 ETag when ListParts is called', async () => {
    const { UploadId } = await kit.client.send(new CreateMultipartUploadCommand({ Bucket: testBucket, Key: key, ContentType: 'video/mp4' }));
    await uploadParts(UploadId!);
    const listed = await kit.client.send(new ListPartsCommand({ Bucket: testBucket, Key: key, UploadId }));
    expect(listed.Parts!.map((p) => [p.PartNumber, p.Size, p.ETag])).toEqual(
      parts.map((body, index) => [index + 1, body.length, `"${md5(body).toString('hex')}"`]),
    );
  });

  it('should assemble the parts in order with an md5-of-md5s-N ETag when the upload is completed', async () => {
    const { UploadId } = await kit.client.send(new CreateMultipartUploadCommand({ Bucket: testBucket, Key: key, ContentType: 'video/mp4' }));
    const uploaded = await uploadParts(UploadId!);
    const completed = await kit.client.send(new CompleteMultipartUploadCommand({ Bucket: testBucket, Key: key, UploadId, MultipartUpload: { Parts: uploaded } }));
    const expectedETag = `"${createHash('md5').update(Buffer.concat(parts.map(md5))).digest('hex')}-3"`;
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: key }));
    const bytes = Buffer.from(await got.Body!.transformToByteArray());
    expect(completed.ETag).toBe(expectedETag);
    expect(got.ContentType).toBe('video/mp4');
    expect(bytes.equals(Buffer.concat(parts))).toBeTrue();
  });

  it('should refuse a completion with EntityTooSmall when a part before the last is under 5 MiB', async () => {
    const { UploadId } = await kit.client.send(new CreateMultipartUploadCommand({ Bucket: testBucket, Key: key }));
    const small = await kit.client.send(new UploadPartCommand({ Bucket: testBucket, Key: key, UploadId, PartNumber: 1, Body: 'tiny' }));
    const last = await kit.client.send(new UploadPartCommand({ Bucket: testBucket, Key: key, UploadId, PartNumber: 2, Body: 'tail' }));
    const completion = kit.client.send(
      new CompleteMultipartUploadCommand({ Bucket: testBucket, Key: key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: small.ETag }, { PartNumber: 2, ETag: last.ETag }] } }),
    );
    await expectAsync(completion).toBeRejectedWith(jasmine.objectContaining({ name: 'EntityTooSmall' }));
  });

  it('should forget the upload when it is aborted', async () => {
    const { UploadId } = await kit.client.send(new CreateMultipartUploadCommand({ Bucket: testBucket, Key: key }));
    await kit.client.send(new UploadPartCommand({ Bucket: testBucket, Key: key, UploadId, PartNumber: 1, Body: 'data' }));
    await kit.client.send(new AbortMultipartUploadCommand({ Bucket: testBucket, Key: key, UploadId }));
    await expectAsync(kit.client.send(new ListPartsCommand({ Bucket: testBucket, Key: key, UploadId }))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'NoSuchUpload' }),
    );
    await expectAsync(kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: key }))).toBeRejectedWith(jasmine.objectContaining({ name: 'NoSuchKey' }));
  });
});
