import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../http/sigv4-verifier';
import { StorageTestKit, testBucket, testCredentials } from './storage-test-kit';

describe('local S3 request authentication', () => {
  const kit = new StorageTestKit();
  const key = 'hls/lesson-1/master.m3u8';

  beforeEach(async () => {
    await kit.start();
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: key, Body: '#EXTM3U', ContentType: 'application/vnd.apple.mpegurl' }));
  });
  afterEach(() => kit.stop());

  const presignGet = (options: { expiresIn?: number; signingDate?: Date } = {}) =>
    getSignedUrl(kit.client, new GetObjectCommand({ Bucket: testBucket, Key: key }), { expiresIn: 60, ...options });

  it('should serve the object when a presigned GET URL is valid', async () => {
    const response = await fetch(await presignGet());
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('#EXTM3U');
  });

  it('should answer 403 SignatureDoesNotMatch when the presigned URL points at another key', async () => {
    await kit.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'hls/lesson-2/master.m3u8', Body: 'other' }));
    const tampered = (await presignGet()).replace('lesson-1', 'lesson-2');
    const response = await fetch(tampered);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('should answer 403 SignatureDoesNotMatch when the presigned signature is altered', async () => {
    const url = new URL(await presignGet());
    const signature = url.searchParams.get('X-Amz-Signature')!;
    url.searchParams.set('X-Amz-Signature', `${signature.startsWith('0') ? '1' : '0'}${signature.slice(1)}`);
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('should answer 403 "Request has expired" when the presigned URL is past its expiry', async () => {
    const url = await presignGet({ expiresIn: 60, signingDate: new Date(Date.now() - 5 * 60 * 1000) });
    const response = await fetch(url);
    const body = await response.text();
    expect(response.status).toBe(403);
    expect(body).toContain('<Code>AccessDenied</Code>');
    expect(body).toContain('<Message>Request has expired</Message>');
  });

  it('should store the body when a presigned PUT URL is used', async () => {
    const url = await getSignedUrl(kit.client, new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/browser.mp4' }), { expiresIn: 60 });
    const response = await fetch(url, { method: 'PUT', body: 'video bytes', headers: { 'Content-Type': 'video/mp4' } });
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'uploads/browser.mp4' }));
    expect(response.status).toBe(200);
    expect(await got.Body!.transformToString()).toBe('video bytes');
  });

  it('should answer 403 SignatureDoesNotMatch when the SDK signs with the wrong secret', async () => {
    const wrong = kit.clientWith({ accessKeyId: testCredentials.accessKeyId, secretAccessKey: 'not-the-secret' });
    await expectAsync(wrong.send(new GetObjectCommand({ Bucket: testBucket, Key: key }))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'SignatureDoesNotMatch', $metadata: jasmine.objectContaining({ httpStatusCode: 403 }) }),
    );
    wrong.destroy();
  });

  it('should answer 403 InvalidAccessKeyId when the access key is unknown', async () => {
    const stranger = kit.clientWith({ accessKeyId: 'SOMEONEELSE', secretAccessKey: testCredentials.secretAccessKey });
    await expectAsync(stranger.send(new GetObjectCommand({ Bucket: testBucket, Key: key }))).toBeRejectedWith(jasmine.objectContaining({ name: 'InvalidAccessKeyId' }));
    stranger.destroy();
  });

  it('should answer 403 AccessDenied when a request carries no signature', async () => {
    const response = await fetch(`${kit.service.url}/${testBucket}/${key}`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>AccessDenied</Code>');
  });

  it('should store the body when a header-signed PUT declares UNSIGNED-PAYLOAD', async () => {
    const url = new URL(`${kit.service.url}/${testBucket}/uploads/unsigned.bin`);
    const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials: testCredentials, sha256: NodeSha256, uriEscapePath: false });
    const signed = await signer.sign({
      method: 'PUT',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: {},
      headers: { host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', 'content-type': 'application/octet-stream' },
    });
    const response = await fetch(url, { method: 'PUT', headers: signed.headers, body: 'raw bytes' });
    const got = await kit.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'uploads/unsigned.bin' }));
    expect(response.status).toBe(200);
    expect(await got.Body!.transformToString()).toBe('raw bytes');
  });

  it('should answer 400 XAmzContentSHA256Mismatch when the body does not match its signed hash', async () => {
    const url = new URL(`${kit.service.url}/${testBucket}/uploads/mismatch.bin`);
    const signer = new SignatureV4({ service: 's3', region: 'us-east-1', credentials: testCredentials, sha256: NodeSha256, uriEscapePath: false });
    const signed = await signer.sign({ method: 'PUT', protocol: 'http:', hostname: url.hostname, path: url.pathname, query: {}, headers: { host: url.host }, body: 'signed body' });
    const response = await fetch(url, { method: 'PUT', headers: signed.headers, body: 'another body' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>XAmzContentSHA256Mismatch</Code>');
  });
});
