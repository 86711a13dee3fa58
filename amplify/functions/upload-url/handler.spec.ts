import '../shared/testing/quiet-logs';
import type { AppSyncIdentityCognito } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { useFakeS3 } from '../shared/testing/fake-s3';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { handler } from './handler';
import { PART_SIZE_BYTES } from './upload-policy';

type UploadEvent = Parameters<typeof handler>[0];
type UploadTarget = Schema['UploadTarget']['type'];

const admin = userIdentity('admin-1', ['ADMINS']);
const MiB = 1024 * 1024;

describe('upload-url handler', () => {
  const tables = useLocalTables(['COURSE_TABLE', 'LESSON_TABLE', 'AUDIT_ENTRY_TABLE']);

  const call = (fieldName: string, args: Record<string, unknown>, identity: AppSyncIdentityCognito | null = admin) =>
    handler(appSyncEvent(fieldName, args, identity, 'Mutation') as unknown as UploadEvent);
  const createUpload = (args: Record<string, unknown>, identity?: AppSyncIdentityCognito | null) =>
    call('createUpload', args, identity) as Promise<UploadTarget>;
  const videoArgs = { kind: 'VIDEO', targetId: 'l-1', fileName: 'take.mp4', contentType: 'video/mp4', sizeBytes: 40 * MiB };

  useFakeS3((request) => {
      const [, bucket, ...key] = request.path.split('/');
      if (request.method === 'POST' && request.query.has('uploads')) {
        return { body: `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key.join('/')}</Key><UploadId>upload-1</UploadId></InitiateMultipartUploadResult>` };
      }
      if (request.method === 'POST' && request.query.get('uploadId')) {
        return { body: `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key.join('/')}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>` };
      }
      return { status: 400 };
  });

  beforeAll(async () => {
    await tables.put('LESSON_TABLE', { id: 'l-1', courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'NONE' });
    await tables.put('COURSE_TABLE', { id: 'c-1', status: 'DRAFT' });
  });

  beforeEach(() => {
    process.env['MEDIA_BUCKET_NAME'] = 'media-bucket';
  });

  it('should refuse with Unauthorized when the caller is not in ADMINS', async () => {
    await expectAsync(createUpload(videoArgs, userIdentity('student'))).toBeRejectedWithError(/^Unauthorized: /);
  });

  it('should refuse with Unauthorized when the group is listed but the token claim lacks ADMINS', async () => {
    const forged: AppSyncIdentityCognito = { ...admin, claims: { sub: 'admin-1' } };

    await expectAsync(createUpload(videoArgs, forged)).toBeRejectedWithError(/^Unauthorized: /);
  });

  it('should issue one presigned part URL per 16 MiB under uploads/<lessonId>/ when an admin uploads a video', async () => {
    const target = await createUpload(videoArgs);

    expect(target.key).toMatch(/^uploads\/l-1\/[0-9a-f-]{36}\.mp4$/);
    expect(target.uploadId).toBe('upload-1');
    expect(target.partSize).toBe(PART_SIZE_BYTES);
    expect(target.partUrls.length).toBe(3);
    const second = new URL(target.partUrls[1]);
    expect(second.pathname).toBe(`/media-bucket/${target.key}`);
    expect(second.searchParams.get('partNumber')).toBe('2');
    expect(second.searchParams.get('uploadId')).toBe('upload-1');
  });

  it('should presign parts without a precomputed checksum so the browser can upload any bytes', async () => {
    const target = await createUpload(videoArgs);

    const names = [...new URL(target.partUrls[0]).searchParams.keys()].map((name) => name.toLowerCase());
    expect(names.filter((name) => name.startsWith('x-amz-checksum') || name === 'x-amz-sdk-checksum-algorithm')).toEqual([]);
  });

  it('should refuse with BadRequest when the file type does not match the kind', async () => {
    await expectAsync(createUpload({ ...videoArgs, contentType: 'application/pdf' })).toBeRejectedWithError(/^BadRequest: /);
  });

  it('should refuse with NotFound when the lesson does not exist', async () => {
    await expectAsync(createUpload({ ...videoArgs, targetId: 'missing' })).toBeRejectedWithError(/^NotFound: /);
  });

  it('should mark the lesson UPLOADED and audit the upload when a video upload completes', async () => {
    const { key } = await createUpload(videoArgs);

    const result = await call('completeUpload', { key, uploadId: 'upload-1', etags: ['"a"', '"b"', '"c"'] });

    expect(result).toBe(key);
    expect(await tables.get('LESSON_TABLE', { id: 'l-1' })).toEqual(jasmine.objectContaining({ videoStatus: 'UPLOADED', sourceKey: key }));
    const audit = (await tables.scan('AUDIT_ENTRY_TABLE')).find((entry) => (entry['details'] as { key?: string })?.key === key);
    expect(audit).toEqual(
      jasmine.objectContaining({ actorId: 'admin-1', action: 'upload.complete', entityType: 'Lesson', entityId: 'l-1', __typename: 'AuditEntry' }),
    );
  });

  it('should not move the lesson back to UPLOADED when transcode already took this source', async () => {
    const { key } = await createUpload(videoArgs);
    await tables.put('LESSON_TABLE', { id: 'l-1', courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'PROCESSING', sourceKey: key });

    await call('completeUpload', { key, uploadId: 'upload-1', etags: ['"a"'] });

    expect((await tables.get('LESSON_TABLE', { id: 'l-1' }))?.['videoStatus']).toBe('PROCESSING');
  });

  it('should refuse with BadRequest when asked to complete a key it never issued', async () => {
    await expectAsync(call('completeUpload', { key: 'hls/l-1/master.m3u8', uploadId: 'x', etags: ['"a"'] })).toBeRejectedWithError(/^BadRequest: /);
  });
});
