import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { localAwsClients } from '../local-aws-clients';
import { CloudFixture, password } from './cloud-fixture';

const adminEmail = 'ca-admin@example.com';
const studentEmail = 'ca-student@example.com';
const grantedEmail = 'ca-granted@example.com';
const lesson = { id: 'ca-lesson', courseId: 'ca-course', title: 'Lesson', position: 1, freePreview: false, status: 'PUBLISHED', videoStatus: 'READY', hlsPrefix: 'hls/ca-lesson/' };
const course = { id: 'ca-course', title: 'Course', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 100, currency: 'usd', status: 'DRAFT' };
const courseFields = { title: 'Studio course', summary: 'Made in the studio', description: 'Every step audited', instrument: 'PIANO', level: 'BEGINNER', priceCents: 4900, currency: 'usd' } as const;

describe('course administration through the local cloud', () => {
  let fixture: CloudFixture;
  const client = generateClient<Schema>();

  const auditEntries = async (): Promise<Record<string, unknown>[]> => {
    const { documents } = localAwsClients(fixture.cloud);
    return (await documents.send(new ScanCommand({ TableName: fixture.cloud.data.tables['AuditEntry'] }))).Items ?? [];
  };
  const signInAs = (email: string) => signIn({ username: email, password });

  beforeAll(async () => {
    fixture = await CloudFixture.start();
    await fixture.cloud.auth.admin.createConfirmedUser(adminEmail, password, ['ADMINS']);
    await fixture.cloud.auth.admin.createConfirmedUser(studentEmail, password);
    await fixture.cloud.auth.admin.createConfirmedUser(grantedEmail, password);
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

  it('should refuse a student every admin operation and every upload operation on the server, changing nothing', async () => {
    await signInAs(studentEmail);
    const auditBefore = await auditEntries();
    const id = course.id;
    const m = client.mutations;
    const attempts: Record<string, Promise<{ data: unknown; errors?: { errorType?: string }[] }>> = {
      adminCreateCourse: m.adminCreateCourse(courseFields),
      adminUpdateCourse: m.adminUpdateCourse({ id, ...courseFields }),
      adminSetCourseStatus: m.adminSetCourseStatus({ id, status: 'PUBLISHED' }),
      adminDeleteCourse: m.adminDeleteCourse({ id }),
      adminCreateLesson: m.adminCreateLesson({ courseId: id, title: 'x', freePreview: true }),
      adminUpdateLesson: m.adminUpdateLesson({ id: lesson.id, title: 'x', freePreview: true }),
      adminSetLessonStatus: m.adminSetLessonStatus({ id: lesson.id, status: 'DRAFT' }),
      adminDeleteLesson: m.adminDeleteLesson({ id: lesson.id }),
      adminReorderLessons: m.adminReorderLessons({ courseId: id, lessonIds: [lesson.id] }),
      adminRenameMaterial: m.adminRenameMaterial({ id: 'any', title: 'x' }),
      adminDeleteMaterial: m.adminDeleteMaterial({ id: 'any' }),
      adminGrantAccess: m.adminGrantAccess({ courseId: id, email: studentEmail, reason: 'self-service' }),
      adminRevokeAccess: m.adminRevokeAccess({ courseId: id, userId: 'anyone', reason: 'x' }),
      adminCourseSales: client.queries.adminCourseSales({ courseId: id }),
      createUpload: m.createUpload({ kind: 'VIDEO', targetId: lesson.id, fileName: 'a.mp4', contentType: 'video/mp4', sizeBytes: 1000 }),
      resumeUpload: m.resumeUpload({ key: `uploads/${lesson.id}/x.mp4`, uploadId: 'u', sizeBytes: 1000 }),
      abortUpload: m.abortUpload({ key: `uploads/${lesson.id}/x.mp4`, uploadId: 'u' }),
      completeUpload: m.completeUpload({ key: `uploads/${lesson.id}/x.mp4`, uploadId: 'u', etags: ['"e"'] }),
      retryTranscode: m.retryTranscode({ lessonId: lesson.id }),
    };

    for (const [field, attempt] of Object.entries(attempts)) {
      const { data, errors } = await attempt;
      expect(data).withContext(field).toBeNull();
      expect(errors?.[0]?.errorType).withContext(field).toBe('Unauthorized');
    }
    expect(await fixture.get('Lesson', { id: lesson.id })).toEqual(jasmine.objectContaining({ title: lesson.title, status: 'PUBLISHED' }));
    expect(await fixture.get('Course', { id })).toEqual(jasmine.objectContaining({ title: course.title, status: 'DRAFT' }));
    expect(await auditEntries()).toEqual(auditBefore);
  }, 120_000);

  it('should write the change and exactly one audit entry, readable by course, when an admin creates a course', async () => {
    await signInAs(adminEmail);
    const before = (await auditEntries()).length;

    const created = await client.mutations.adminCreateCourse(courseFields);

    expect(created.errors).toBeUndefined();
    const courseId = created.data!.id;
    expect(created.data).toEqual(jasmine.objectContaining({ title: 'Studio course', status: 'DRAFT', currency: 'usd' }));
    expect((await auditEntries()).length).toBe(before + 1);
    const { data: entries } = await client.models.AuditEntry.auditByCourse({ courseId });
    expect(entries.map((entry) => [entry.action, entry.actorEmail])).toEqual([['course.create', adminEmail]]);
  }, 120_000);

  it('should refuse to publish with the reason when no published lesson has a ready video', async () => {
    await signInAs(adminEmail);
    const { data: created } = await client.mutations.adminCreateCourse(courseFields);

    const { data, errors } = await client.mutations.adminSetCourseStatus({ id: created!.id, status: 'PUBLISHED' });

    expect(data).toBeNull();
    // The function's error kind leads its message (the local simulator reports every function error as Lambda:Unhandled).
    expect(errors?.[0]?.message).toMatch(/^Conflict: the course cannot be published yet: the course has no lessons yet/);
  }, 120_000);

  it('should grant a course to the user with that verified email, list them in sales, and revoke it', async () => {
    await signInAs(adminEmail);

    const granted = await client.mutations.adminGrantAccess({ courseId: course.id, email: grantedEmail, reason: 'Prize' });
    const sales = await client.queries.adminCourseSales({ courseId: course.id });

    expect(granted.errors).toBeUndefined();
    expect(granted.data).toEqual(jasmine.objectContaining({ email: grantedEmail, source: 'ADMIN_GRANT', grantReason: 'Prize' }));
    expect(sales.data?.students.map((student) => student.email)).toEqual([grantedEmail]);
    const revoked = await client.mutations.adminRevokeAccess({ courseId: course.id, userId: granted.data!.userId, reason: 'Prize withdrawn' });
    expect(revoked.data).toBe(granted.data!.userId);
    expect(await fixture.get('Enrollment', { userId: granted.data!.userId, courseId: course.id })).toBeUndefined();
  }, 120_000);

  it('should refuse storage-key and video-status writes from a browser, whether admin or student', async () => {
    for (const email of [adminEmail, studentEmail]) {
      await signInAs(email);
      const update = await client.models.Lesson.update({ id: lesson.id, hlsPrefix: 'hls/other/', sourceKey: 'uploads/x/y.mp4', videoStatus: 'FAILED', posterKey: 'x' });
      expect(update.errors?.[0]?.errorType).withContext(email).toBe('Unauthorized');
      const smuggled = await (client.graphql({
        query: `mutation { adminUpdateLesson(id: "${lesson.id}", title: "t", freePreview: true, hlsPrefix: "hls/other/") { id } }`,
      }) as Promise<unknown>).then(() => [], (failure: { errors?: { message?: string }[] }) => failure.errors ?? []);
      expect(smuggled[0]?.message).withContext(email).toMatch(/Unknown argument "hlsPrefix"/);
      await signOut();
    }
    expect(await fixture.get('Lesson', { id: lesson.id })).toEqual(jasmine.objectContaining({ hlsPrefix: lesson.hlsPrefix, videoStatus: 'READY' }));
  }, 120_000);
});
