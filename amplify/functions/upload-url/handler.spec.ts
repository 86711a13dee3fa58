import '../shared/testing/quiet-logs';
import type { AppSyncIdentityCognito } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { useFakeS3 } from '../shared/testing/fake-s3';
import { useLocalDataApi } from '../shared/testing/local-data-api';
import { FakeMultipartS3 } from './fake-multipart-s3';
import { handler } from './handler';
import { PART_SIZE_BYTES } from './upload-policy';

type UploadEvent = Parameters<typeof handler>[0];
type UploadTarget = Schema['UploadTarget']['type'];

const admin = userIdentity('admin-1', ['ADMINS'], 'admin@example.com');
const student = userIdentity('student');
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const lesson = { id: 'l-1', courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'NONE' };
const otherLesson = { ...lesson, id: 'l-other', courseId: 'c-2' };
const course = { id: 'c-1', status: 'DRAFT' };

describe('upload-url handler', () => {
  const tables = useLocalDataApi('upload-url');
  const s3 = new FakeMultipartS3();
  useFakeS3(s3.respond);

  const call = (fieldName: string, args: Record<string, unknown>, identity: AppSyncIdentityCognito | null = admin) =>
    handler(appSyncEvent(fieldName, args, identity, 'Mutation') as unknown as UploadEvent);
  const createUpload = (args: Record<string, unknown>, identity?: AppSyncIdentityCognito | null) =>
    call('createUpload', args, identity) as Promise<UploadTarget>;
  const resumeUpload = (args: Record<string, unknown>, identity?: AppSyncIdentityCognito | null) =>
    call('resumeUpload', args, identity) as Promise<UploadTarget>;
  const videoArgs = { kind: 'VIDEO', targetId: 'l-1', fileName: 'take.mp4', contentType: 'video/mp4', sizeBytes: 40 * MiB };
  const materialArgs = { kind: 'MATERIAL', targetId: 'c-1', lessonId: 'l-1', fileName: 'Blues in A (backing).mp3', contentType: 'audio/mpeg', sizeBytes: 20 * MiB };
  const artArgs = { kind: 'COURSE_ART', targetId: 'c-1', fileName: 'cover.png', contentType: 'image/png', sizeBytes: MiB };

  /** Sends every part of a started upload as the browser would, and returns their ETags in order. */
  const sendParts = (target: UploadTarget, sizeBytes: number): string[] =>
    target.partUrls.map((_, index) => s3.putPart(target.uploadId, index + 1, Math.min(target.partSize, sizeBytes - index * target.partSize)));
  const auditOf = async (key: string) =>
    (await tables.scan('AUDIT_ENTRY_TABLE')).filter((entry) => (entry['details'] as { key?: string } | undefined)?.key === key);

  beforeEach(async () => {
    process.env['MEDIA_BUCKET_NAME'] = 'media-bucket';
    s3.reset();
    await tables.put('LESSON_TABLE', lesson);
    await tables.put('LESSON_TABLE', otherLesson);
    await tables.put('COURSE_TABLE', course);
  });

  describe('createUpload', () => {
    it('should refuse with Unauthorized when the caller is not in ADMINS', async () => {
      await expectAsync(createUpload(videoArgs, student)).toBeRejectedWithError(/^Unauthorized: /);
      expect(s3.uploads.size).toBe(0);
    });

    it('should refuse with Unauthorized when the group is listed but the token claim lacks ADMINS', async () => {
      const forged: AppSyncIdentityCognito = { ...admin, claims: { sub: 'admin-1' } };

      await expectAsync(createUpload(videoArgs, forged)).toBeRejectedWithError(/^Unauthorized: /);
    });

    it('should issue one presigned part URL per 16 MiB under uploads/<lessonId>/ when an admin uploads a video', async () => {
      const target = await createUpload(videoArgs);

      expect(target.key).toMatch(/^uploads\/l-1\/[0-9a-f-]{36}\.mp4$/);
      expect(target.partSize).toBe(PART_SIZE_BYTES);
      expect(target.partUrls.length).toBe(3);
      expect(target.uploadedParts).toEqual([]);
      const second = new URL(target.partUrls[1]);
      expect(second.pathname).toBe(`/media-bucket/${target.key}`);
      expect(second.searchParams.get('partNumber')).toBe('2');
      expect(second.searchParams.get('uploadId')).toBe(target.uploadId);
    });

    it('should presign parts without a precomputed checksum so the browser can upload any bytes', async () => {
      const target = await createUpload(videoArgs);

      const names = [...new URL(target.partUrls[0]).searchParams.keys()].map((name) => name.toLowerCase());
      expect(names.filter((name) => name.startsWith('x-amz-checksum') || name === 'x-amz-sdk-checksum-algorithm')).toEqual([]);
    });

    it('should accept a 5 GiB video, larger than a 32-bit size', async () => {
      const target = await createUpload({ ...videoArgs, sizeBytes: 5 * GiB });

      expect(target.partUrls.length).toBe(5 * GiB / PART_SIZE_BYTES);
    });

    it('should refuse with BadRequest and start nothing when the video is larger than 5 GiB', async () => {
      await expectAsync(createUpload({ ...videoArgs, sizeBytes: 5 * GiB + 1 })).toBeRejectedWithError(/^BadRequest: This file is too large/);
      expect(s3.uploads.size).toBe(0);
    });

    it('should refuse with BadRequest when the size is not a positive whole number', async () => {
      for (const sizeBytes of [0, -5, 1.5]) {
        await expectAsync(createUpload({ ...videoArgs, sizeBytes })).withContext(String(sizeBytes)).toBeRejectedWithError(
          /^BadRequest: sizeBytes must be a whole number of bytes above 0$/,
        );
      }
      expect(s3.uploads.size).toBe(0);
    });

    it('should refuse with BadRequest and start nothing when the file name is longer than 255 characters', async () => {
      await expectAsync(createUpload({ ...videoArgs, fileName: `${'a'.repeat(252)}.mp4` })).toBeRejectedWithError(/^BadRequest: fileName must be 255 characters or fewer$/);
      expect(s3.uploads.size).toBe(0);
    });

    it('should refuse with BadRequest when the file type does not match the kind', async () => {
      await expectAsync(createUpload({ ...videoArgs, contentType: 'application/pdf' })).toBeRejectedWithError(/^BadRequest: This file type/);
      await expectAsync(createUpload({ ...materialArgs, contentType: 'video/mp4' })).toBeRejectedWithError(/^BadRequest: /);
    });

    it('should refuse with NotFound when the lesson does not exist', async () => {
      await expectAsync(createUpload({ ...videoArgs, targetId: 'missing' })).toBeRejectedWithError(/^NotFound: /);
    });

    it('should refuse with NotFound when the course of a material or art does not exist', async () => {
      await expectAsync(createUpload({ ...materialArgs, targetId: 'missing', lessonId: null })).toBeRejectedWithError(/^NotFound: /);
      await expectAsync(createUpload({ ...artArgs, targetId: 'missing' })).toBeRejectedWithError(/^NotFound: /);
    });

    it('should refuse with BadRequest when the material lesson belongs to another course', async () => {
      await expectAsync(createUpload({ ...materialArgs, lessonId: 'l-other' })).toBeRejectedWithError(/^BadRequest: lesson l-other is not a lesson of course c-1/);
      expect(s3.uploads.size).toBe(0);
    });

    it('should refuse with NotFound when the material lesson does not exist', async () => {
      await expectAsync(createUpload({ ...materialArgs, lessonId: 'missing' })).toBeRejectedWithError(/^NotFound: /);
    });

    it('should refuse with BadRequest when a lessonId comes with a video or art upload', async () => {
      await expectAsync(createUpload({ ...videoArgs, lessonId: 'l-1' })).toBeRejectedWithError(/^BadRequest: only materials/);
      await expectAsync(createUpload({ ...artArgs, lessonId: 'l-1' })).toBeRejectedWithError(/^BadRequest: only materials/);
    });

    it('should keep the file name and lesson on the upload itself when a material starts', async () => {
      const target = await createUpload({ ...materialArgs, fileName: 'Übung 1.pdf', contentType: 'application/pdf' });

      expect(target.key).toMatch(/^materials\/c-1\/[0-9a-f-]{36}\.pdf$/);
      const upload = s3.uploads.get(target.uploadId);
      expect(upload?.metadata).toEqual({ 'file-name': encodeURIComponent('Übung 1.pdf'), 'lesson-id': 'l-1' });
      expect(upload?.contentType).toBe('application/pdf');
    });
  });

  describe('resumeUpload', () => {
    it('should list every part S3 holds across ListParts pages and sign every part again', async () => {
      const size = 5 * PART_SIZE_BYTES;
      const target = await createUpload({ ...videoArgs, sizeBytes: size });
      const etags = [1, 2, 4].map((part) => s3.putPart(target.uploadId, part, PART_SIZE_BYTES));

      const resumed = await resumeUpload({ key: target.key, uploadId: target.uploadId, sizeBytes: size });

      expect(resumed.uploadedParts).toEqual([
        { partNumber: 1, etag: etags[0], sizeBytes: PART_SIZE_BYTES },
        { partNumber: 2, etag: etags[1], sizeBytes: PART_SIZE_BYTES },
        { partNumber: 4, etag: etags[2], sizeBytes: PART_SIZE_BYTES },
      ]);
      expect(resumed.partUrls.length).toBe(5);
      expect(new URL(resumed.partUrls[4]).searchParams.get('partNumber')).toBe('5');
      expect(Date.parse(resumed.expiresAt)).toBeGreaterThan(Date.now());
    });

    it('should refuse with Unauthorized when the caller is not in ADMINS', async () => {
      const target = await createUpload(videoArgs);

      await expectAsync(resumeUpload({ key: target.key, uploadId: target.uploadId, sizeBytes: 40 * MiB }, student)).toBeRejectedWithError(/^Unauthorized: /);
    });

    it('should refuse with BadRequest when the key is not one createUpload could have issued', async () => {
      await expectAsync(resumeUpload({ key: 'hls/l-1/master.m3u8', uploadId: 'upload-1', sizeBytes: MiB })).toBeRejectedWithError(/^BadRequest: /);
    });

    it('should refuse with BadRequest when the size is over the limit of the kind', async () => {
      const target = await createUpload(artArgs);

      await expectAsync(resumeUpload({ key: target.key, uploadId: target.uploadId, sizeBytes: 6 * MiB })).toBeRejectedWithError(/^BadRequest: This file is too large/);
    });

    it('should refuse with NotFound when the upload was cancelled or completed', async () => {
      const target = await createUpload(videoArgs);
      await call('abortUpload', { key: target.key, uploadId: target.uploadId });

      await expectAsync(resumeUpload({ key: target.key, uploadId: target.uploadId, sizeBytes: 40 * MiB })).toBeRejectedWithError(/^NotFound: this upload is no longer open/);
    });
  });

  describe('abortUpload', () => {
    it('should abort the multipart upload, and answer the same when asked again', async () => {
      const target = await createUpload(videoArgs);

      expect(await call('abortUpload', { key: target.key, uploadId: target.uploadId })).toBeTrue();
      expect(s3.uploads.has(target.uploadId)).toBeFalse();
      expect(await call('abortUpload', { key: target.key, uploadId: target.uploadId })).toBeTrue();
    });

    it('should refuse with Unauthorized or BadRequest and keep the upload when the caller or key is wrong', async () => {
      const target = await createUpload(videoArgs);

      await expectAsync(call('abortUpload', { key: target.key, uploadId: target.uploadId }, student)).toBeRejectedWithError(/^Unauthorized: /);
      await expectAsync(call('abortUpload', { key: 'hls/l-1/x.ts', uploadId: target.uploadId })).toBeRejectedWithError(/^BadRequest: /);
      expect(s3.uploads.has(target.uploadId)).toBeTrue();
    });
  });

  describe('completeUpload', () => {
    it('should mark the lesson UPLOADED and audit the upload when a video upload completes', async () => {
      const target = await createUpload(videoArgs);

      const result = await call('completeUpload', { key: target.key, uploadId: target.uploadId, etags: sendParts(target, 40 * MiB) });

      expect(result).toBe(target.key);
      expect(await tables.get('LESSON_TABLE', { id: 'l-1' })).toEqual(jasmine.objectContaining({ videoStatus: 'UPLOADED', sourceKey: target.key }));
      expect(await auditOf(target.key)).toEqual([
        jasmine.objectContaining({
          feed: 'ALL',
          actorId: 'admin-1',
          actorEmail: 'admin@example.com',
          action: 'upload.complete',
          entityType: 'Lesson',
          entityId: 'l-1',
          courseId: 'c-1',
          before: { sourceKey: null, videoStatus: 'NONE' },
          after: { sourceKey: target.key, videoStatus: 'UPLOADED' },
          at: jasmine.any(String),
          __typename: 'AuditEntry',
        }),
      ]);
    });

    it('should not move the lesson back to UPLOADED when transcode already took this source', async () => {
      const target = await createUpload(videoArgs);
      await tables.put('LESSON_TABLE', { ...lesson, videoStatus: 'PROCESSING', sourceKey: target.key });

      await call('completeUpload', { key: target.key, uploadId: target.uploadId, etags: sendParts(target, 40 * MiB) });

      expect((await tables.get('LESSON_TABLE', { id: 'l-1' }))?.['videoStatus']).toBe('PROCESSING');
    });

    it('should set the course art and audit before and after when course art completes', async () => {
      await tables.put('COURSE_TABLE', { ...course, artKey: 'art/c-1/old.png' });
      const target = await createUpload(artArgs);

      await call('completeUpload', { key: target.key, uploadId: target.uploadId, etags: sendParts(target, MiB) });

      expect((await tables.get('COURSE_TABLE', { id: 'c-1' }))?.['artKey']).toBe(target.key);
      expect(await auditOf(target.key)).toEqual([
        jasmine.objectContaining({
          entityType: 'Course',
          entityId: 'c-1',
          courseId: 'c-1',
          before: { artKey: 'art/c-1/old.png' },
          after: { artKey: target.key },
        }),
      ]);
    });

    it('should create the material from what the upload stored, with its audit entry, when a material completes', async () => {
      const target = await createUpload(materialArgs);
      const etags = sendParts(target, 20 * MiB);

      // Extra arguments are not part of the contract and change nothing.
      await call('completeUpload', { key: target.key, uploadId: target.uploadId, etags, lessonId: 'l-other', title: 'forged' });

      const materials = await tables.scan('LESSON_MATERIAL_TABLE');
      const material = materials.find((item) => item['fileKey'] === target.key);
      expect(material).toEqual(
        jasmine.objectContaining({
          courseId: 'c-1',
          lessonId: 'l-1',
          title: 'Blues in A (backing)',
          contentType: 'audio/mpeg',
          sizeBytes: 20 * MiB,
          __typename: 'LessonMaterial',
        }),
      );
      expect(await auditOf(target.key)).toEqual([
        jasmine.objectContaining({ entityType: 'LessonMaterial', entityId: material?.['id'], courseId: 'c-1', after: jasmine.objectContaining({ title: 'Blues in A (backing)' }) }),
      ]);
    });

    it('should record a material and its audit entry once when the completion is repeated', async () => {
      const target = await createUpload(materialArgs);
      const args = { key: target.key, uploadId: target.uploadId, etags: sendParts(target, 20 * MiB) };

      await call('completeUpload', args);
      await call('completeUpload', args);

      expect((await tables.scan('LESSON_MATERIAL_TABLE')).filter((item) => item['fileKey'] === target.key).length).toBe(1);
      expect((await auditOf(target.key)).length).toBe(1);
    });

    it('should refuse with Conflict and record nothing when the material lesson moved while uploading', async () => {
      const target = await createUpload(materialArgs);
      await tables.put('LESSON_TABLE', { ...lesson, courseId: 'c-2' });

      await expectAsync(call('completeUpload', { key: target.key, uploadId: target.uploadId, etags: sendParts(target, 20 * MiB) })).toBeRejectedWithError(/^Conflict: /);

      expect((await tables.scan('LESSON_MATERIAL_TABLE')).filter((item) => item['fileKey'] === target.key)).toEqual([]);
      expect(await auditOf(target.key)).toEqual([]);
    });

    it('should refuse with BadRequest and abort the upload when the parts sent exceed the limit of the kind', async () => {
      const target = await createUpload(artArgs);
      const etag = s3.putPart(target.uploadId, 1, 6 * MiB);

      await expectAsync(call('completeUpload', { key: target.key, uploadId: target.uploadId, etags: [etag] })).toBeRejectedWithError(/^BadRequest: This file is too large/);

      expect(s3.uploads.has(target.uploadId)).toBeFalse();
      expect(s3.objects.has(target.key)).toBeFalse();
      expect((await tables.get('COURSE_TABLE', { id: 'c-1' }))?.['artKey']).toBeUndefined();
    });

    it('should refuse with NotFound when the upload is no longer open and nothing was stored', async () => {
      const target = await createUpload(videoArgs);
      await call('abortUpload', { key: target.key, uploadId: target.uploadId });

      await expectAsync(call('completeUpload', { key: target.key, uploadId: target.uploadId, etags: ['"a"'] })).toBeRejectedWithError(/^NotFound: /);
      expect(await auditOf(target.key)).toEqual([]);
    });

    it('should refuse with Unauthorized when the caller is not in ADMINS', async () => {
      const target = await createUpload(videoArgs);

      await expectAsync(call('completeUpload', { key: target.key, uploadId: target.uploadId, etags: ['"a"'] }, student)).toBeRejectedWithError(/^Unauthorized: /);
      expect(s3.uploads.has(target.uploadId)).toBeTrue();
    });

    it('should refuse with BadRequest when asked to complete a key it never issued', async () => {
      await expectAsync(call('completeUpload', { key: 'hls/l-1/master.m3u8', uploadId: 'x', etags: ['"a"'] })).toBeRejectedWithError(/^BadRequest: /);
    });
  });
});
