import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { CloudFixture, password } from './cloud-fixture';

const course = { id: 'course-it', title: 'Integration Guitar', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 2500, currency: 'usd', status: 'PUBLISHED' };
const draft = { ...course, id: 'course-it-draft', title: 'Secret Draft', status: 'DRAFT' };
const freeLesson = { id: 'lesson-it-free', courseId: course.id, title: 'Free preview', position: 1, freePreview: true, status: 'PUBLISHED', videoStatus: 'NONE' };
const paidLesson = { id: 'lesson-it-paid', courseId: course.id, title: 'Paid lesson', position: 2, freePreview: false, status: 'PUBLISHED', videoStatus: 'NONE' };
const studentEmail = 'it-student@example.com';

/** The first segment URL of the first variant of a playback manifest (variants are data: URIs). */
function firstSegmentUrl(manifest: string): string {
  const variant = manifest.split('\n').find((line) => line.startsWith('data:'))!;
  const playlist = Buffer.from(variant.split(',')[1]!, 'base64').toString('utf8');
  return playlist.split('\n').find((line) => line.startsWith('http'))!;
}

describe('the local cloud, driven through the real clients', () => {
  let fixture: CloudFixture;
  const client = generateClient<Schema>();

  beforeAll(async () => {
    fixture = await CloudFixture.start();
    await fixture.cloud.auth.admin.createConfirmedUser(studentEmail, password);
    for (const item of [course, draft]) await fixture.put('Course', item);
    for (const item of [freeLesson, paidLesson]) await fixture.put('Lesson', item);
    await fixture.uploadLessonVideo(freeLesson.id);
    await fixture.uploadLessonVideo(paidLesson.id);
    for (const lesson of [freeLesson, paidLesson]) {
      await fixture.eventually(() => fixture.get('Lesson', { id: lesson.id }), (item) => item?.['videoStatus'] === 'READY', `${lesson.id} to be READY`);
    }
  }, 600_000);

  afterAll(async () => {
    await signOut().catch(() => undefined);
    await fixture?.stop();
  });

  afterEach(async () => {
    await signOut().catch(() => undefined);
  });

  it('should list only published courses to a guest, with the transcoded lessons playable', async () => {
    const { data, errors } = await client.queries.listCatalog({ authMode: 'apiKey' });
    expect(errors).toBeUndefined();
    expect(data?.map((c) => c?.id)).toEqual([course.id]);
    expect(data?.[0]?.lessons?.map((l) => l?.playable)).toEqual([true, true]);
    expect(data?.[0]?.totalDurationSeconds).toBeGreaterThan(0);
  }, 120_000);

  it('should hide the authoring models from a guest: no Course list through the API key', async () => {
    const { data, errors } = await client.models.Course.list({ authMode: 'apiKey' });
    expect(data).toEqual([]);
    expect(errors?.[0]?.errorType).toBe('Unauthorized');
  }, 120_000);

  it('should play a free preview for a guest through presigned segment URLs, and refuse a tampered one', async () => {
    const { data, errors } = await client.queries.getPlayback({ lessonId: freeLesson.id }, { authMode: 'apiKey' });
    expect(errors).toBeUndefined();
    expect(data?.manifest).toContain('#EXT-X-STREAM-INF');
    const segment = firstSegmentUrl(data!.manifest);
    expect((await fetch(segment)).status).toBe(200);
    const tampered = segment.replace(/X-Amz-Signature=([0-9a-f])/, (_, c: string) => `X-Amz-Signature=${c === 'a' ? 'b' : 'a'}`);
    expect((await fetch(tampered)).status).toBe(403);
    const otherLesson = segment.replace(freeLesson.id, paidLesson.id);
    expect((await fetch(otherLesson)).status).toBe(403);
  }, 120_000);

  it('should stop honouring a segment URL once its lifetime has passed', async () => {
    const { data } = await client.queries.getPlayback({ lessonId: freeLesson.id }, { authMode: 'apiKey' });
    const segment = new URL(firstSegmentUrl(data!.manifest));
    const lifetimeSeconds = Number(segment.searchParams.get('X-Amz-Expires'));
    expect(lifetimeSeconds).toBeGreaterThan(0);
    expect(Date.parse(data!.expiresAt) - Date.now()).toBeLessThanOrEqual(lifetimeSeconds * 1000);
    // The same URL as the function mints, as it is once its lifetime has passed: signed that long ago.
    const key = decodeURIComponent(segment.pathname.split('/').slice(2).join('/'));
    const expired = await getSignedUrl(fixture.s3, new GetObjectCommand({ Bucket: fixture.cloud.bucket, Key: key }), {
      expiresIn: lifetimeSeconds,
      signingDate: new Date(Date.now() - (lifetimeSeconds + 1) * 1000),
    });
    const response = await fetch(expired);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Request has expired');
  }, 120_000);

  it('should refuse a paid lesson to a guest', async () => {
    const { data, errors } = await client.queries.getPlayback({ lessonId: paidLesson.id }, { authMode: 'apiKey' });
    expect(data).toBeNull();
    expect(errors?.[0]?.message).toMatch(/^Unauthorized/);
  }, 120_000);

  it('should refuse a signed-in student the writes only admins and backend functions may make', async () => {
    await signIn({ username: studentEmail, password });
    const update = await client.models.Lesson.update({ id: paidLesson.id, title: 'Hacked', freePreview: true });
    expect(update.errors?.[0]?.errorType).toBe('Unauthorized');
    const enrollment = await client.models.Enrollment.create({ userId: 'anyone', courseId: course.id, source: 'PURCHASE' });
    expect(enrollment.errors?.length).toBeGreaterThan(0);
    expect((await fixture.get('Lesson', { id: paidLesson.id }))?.['title']).toBe(paidLesson.title);
  }, 120_000);

  it('should unlock a paid lesson after the student pays with 4242 on the local checkout (signed webhook → enrollment)', async () => {
    await signIn({ username: studentEmail, password });
    const { userId } = await getCurrentUser();
    const before = await client.queries.getPlayback({ lessonId: paidLesson.id });
    expect(before.errors?.[0]?.message).toMatch(/^Unauthorized/);

    const checkout = await client.mutations.startCheckout({ product: 'COURSE', courseId: course.id });
    expect(checkout.errors).toBeUndefined();
    const sessionId = checkout.data!.sessionId;
    const form = new URLSearchParams({ email: studentEmail, name: 'It Student', cardNumber: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' });
    const paid = await fetch(checkout.data!.url, { method: 'POST', body: form, redirect: 'manual' });
    expect(paid.status).toBe(303);

    const enrollments = await fixture.eventually(
      () => client.models.Enrollment.list().then((r) => r.data),
      (list) => list.length > 0,
      'the webhook to create the enrollment',
    );
    expect(enrollments.map((e) => [e.userId, e.courseId])).toEqual([[userId, course.id]]);
    const order = await fixture.eventually(() => client.models.Order.list().then((r) => r.data), (list) => list[0]?.status === 'PAID', 'the order to be paid');
    expect(order[0]?.stripeSessionId).toBe(sessionId);
    expect(order[0]?.amountCents).toBe(course.priceCents);

    const after = await client.queries.getPlayback({ lessonId: paidLesson.id });
    expect(after.errors).toBeUndefined();
    expect(after.data?.manifest).toContain('#EXT-X-STREAM-INF');
  }, 120_000);
});

describe('the local cloud across a restart', () => {
  let fixture: CloudFixture;

  beforeAll(async () => {
    fixture = await CloudFixture.start();
  }, 300_000);

  afterAll(() => fixture?.stop());

  it('should keep users and data written before the restart', async () => {
    await fixture.cloud.auth.admin.createConfirmedUser('it-admin@example.com', password, ['ADMINS']);
    await signIn({ username: 'it-admin@example.com', password });
    const { title, summary, description, priceCents, currency } = course;
    const created = await generateClient<Schema>().mutations.adminCreateCourse({ title, summary, description, priceCents, currency, instrument: 'PIANO', level: 'ADVANCED' });
    expect(created.errors).toBeUndefined();
    await signOut();

    await fixture.restart();

    await signIn({ username: 'it-admin@example.com', password });
    const { data } = await generateClient<Schema>().models.Course.get({ id: created.data!.id });
    expect(data?.instrument).toBe('PIANO');
    await signOut();
  }, 300_000);
});
