import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { PART_SIZE_BYTES, parseUploadKey } from '../../amplify/functions/upload-url/upload-policy';
import { CloudFixture, password } from './cloud-fixture';

const course = { id: 'course-up', title: 'Upload Course', summary: 's', description: 'd', instrument: 'PIANO', level: 'BEGINNER', priceCents: 1000, currency: 'usd', status: 'DRAFT' };
const lesson = { id: 'lesson-up', courseId: course.id, title: 'Lesson', position: 1, freePreview: false, status: 'DRAFT', videoStatus: 'NONE' };
const adminEmail = 'upload-admin@example.com';
const studentEmail = 'upload-student@example.com';
const appOrigin = 'http://localhost:4200';

describe('resumable multipart uploads through the local cloud', () => {
  let fixture: CloudFixture;
  const client = generateClient<Schema>();
  const size = 2 * PART_SIZE_BYTES + 1000;
  const file = Buffer.alloc(size, 7);
  const part = (partNumber: number) => file.subarray((partNumber - 1) * PART_SIZE_BYTES, Math.min(size, partNumber * PART_SIZE_BYTES));

  /** A part PUT as the browser sends it: cross-origin, reading the ETag header. */
  const sendPart = async (url: string, partNumber: number): Promise<string> => {
    const response = await fetch(url, { method: 'PUT', body: part(partNumber), headers: { Origin: appOrigin } });
    expect(response.status).withContext(`part ${partNumber}`).toBe(200);
    expect(response.headers.get('access-control-expose-headers') ?? '').toContain('ETag');
    return response.headers.get('etag') ?? '';
  };

  beforeAll(async () => {
    fixture = await CloudFixture.start();
    await fixture.cloud.auth.admin.createConfirmedUser(adminEmail, password, ['ADMINS']);
    await fixture.cloud.auth.admin.createConfirmedUser(studentEmail, password);
    await fixture.put('Course', course);
    await fixture.put('Lesson', lesson);
  }, 600_000);

  afterAll(async () => {
    await signOut().catch(() => undefined);
    await fixture?.stop();
  });

  afterEach(async () => {
    await signOut().catch(() => undefined);
  });

  it('should resume with exactly the parts sent, then complete into an object, a material record and its audit entry', async () => {
    await signIn({ username: adminEmail, password });
    const created = await client.mutations.createUpload({
      kind: 'MATERIAL', targetId: course.id, lessonId: lesson.id, fileName: 'Backing track in C.mp3', contentType: 'audio/mpeg', sizeBytes: size,
    });
    expect(created.errors).toBeUndefined();
    const { key, uploadId, partUrls } = created.data!;
    expect(partUrls.length).toBe(3);
    const first = await sendPart(partUrls[0], 1);
    const third = await sendPart(partUrls[2], 3);

    const resumed = await client.mutations.resumeUpload({ key, uploadId, sizeBytes: size });

    expect(resumed.errors).toBeUndefined();
    expect(resumed.data?.uploadedParts).toEqual([
      { partNumber: 1, etag: first, sizeBytes: PART_SIZE_BYTES },
      { partNumber: 3, etag: third, sizeBytes: 1000 },
    ]);
    const second = await sendPart(resumed.data!.partUrls[1], 2);
    const completed = await client.mutations.completeUpload({ key, uploadId, etags: [first, second, third] });
    expect(completed.errors).toBeUndefined();
    expect(completed.data).toBe(key);

    const head = await fixture.s3.send(new HeadObjectCommand({ Bucket: fixture.cloud.bucket, Key: key }));
    expect(head.ContentLength).toBe(size);
    expect(head.ContentType).toBe('audio/mpeg');
    expect(head.Metadata).toEqual({ 'file-name': encodeURIComponent('Backing track in C.mp3'), 'lesson-id': lesson.id });
    const objectId = parseUploadKey(key)!.objectId;
    expect(await fixture.get('LessonMaterial', { id: objectId })).toEqual(
      jasmine.objectContaining({ courseId: course.id, lessonId: lesson.id, title: 'Backing track in C', fileKey: key, contentType: 'audio/mpeg', sizeBytes: size }),
    );
    expect(await fixture.get('AuditEntry', { id: `upload-${objectId}` })).toEqual(
      jasmine.objectContaining({ feed: 'ALL', action: 'upload.complete', entityType: 'LessonMaterial', entityId: objectId, courseId: course.id }),
    );
  }, 240_000);

  it('should forget a cancelled upload: resuming it is refused as not found', async () => {
    await signIn({ username: adminEmail, password });
    const { data } = await client.mutations.createUpload({ kind: 'COURSE_ART', targetId: course.id, fileName: 'cover.png', contentType: 'image/png', sizeBytes: 1000 });

    const aborted = await client.mutations.abortUpload({ key: data!.key, uploadId: data!.uploadId });
    const resumed = await client.mutations.resumeUpload({ key: data!.key, uploadId: data!.uploadId, sizeBytes: 1000 });

    expect(aborted.data).toBeTrue();
    // AppSync reports a function's error as Lambda:Unhandled; the kind leads the message.
    expect(resumed.errors?.[0]?.message).toMatch(/^NotFound: this upload is no longer open/);
  }, 120_000);

  it('should refuse every upload mutation to a signed-in non-admin', async () => {
    await signIn({ username: studentEmail, password });

    const created = await client.mutations.createUpload({ kind: 'VIDEO', targetId: lesson.id, fileName: 'a.mp4', contentType: 'video/mp4', sizeBytes: 1000 });
    const resumed = await client.mutations.resumeUpload({ key: `uploads/${lesson.id}/0b6c5e4e-9c1f-4a57-9a55-2f7e4d9a1b00.mp4`, uploadId: 'x', sizeBytes: 1000 });

    expect(created.errors?.[0]?.errorType).toBe('Unauthorized');
    expect(resumed.errors?.[0]?.errorType).toBe('Unauthorized');
  }, 120_000);
});
