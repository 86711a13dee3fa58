import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { NOT_A_VIDEO } from '../../amplify/functions/transcode/failure-reasons';
import { CloudFixture, password } from './cloud-fixture';

const course = { id: 'course-media', title: 'Media Course', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 1000, currency: 'usd', status: 'PUBLISHED' };
const lessonRow = (id: string, position: number) => ({ id, courseId: course.id, title: id, position, freePreview: true, status: 'PUBLISHED', videoStatus: 'NONE' });
const small = lessonRow('lesson-small', 1);
const text = lessonRow('lesson-text', 2);
const replaced = lessonRow('lesson-replaced', 3);
const adminEmail = 'media-admin@example.com';
const studentEmail = 'media-student@example.com';
const notes = Buffer.from('Lesson notes: practise the C major scale slowly.\n'.repeat(40));

describe('the media pipeline on the local cloud', () => {
  let fixture: CloudFixture;
  const client = generateClient<Schema>();
  const lesson = (id: string) => fixture.get('Lesson', { id });
  const settled = (id: string, what: string) =>
    fixture.eventually(() => lesson(id), (item) => item?.['videoStatus'] === 'READY' || item?.['videoStatus'] === 'FAILED', what);
  const text$ = async (key: string) => (await fixture.s3.send(new GetObjectCommand({ Bucket: fixture.cloud.bucket, Key: key }))).Body!.transformToString();

  beforeAll(async () => {
    fixture = await CloudFixture.start();
    await fixture.cloud.auth.admin.createConfirmedUser(adminEmail, password, ['ADMINS']);
    await fixture.cloud.auth.admin.createConfirmedUser(studentEmail, password);
    await fixture.put('Course', course);
    for (const item of [small, text, replaced]) await fixture.put('Lesson', item);
    await fixture.uploadLessonVideo(small.id);
    await fixture.uploadFile(`uploads/${text.id}/notes.mp4`, notes, 'video/mp4');
    await fixture.uploadLessonVideo(replaced.id);
    await Promise.all([settled(small.id, 'the small video'), settled(text.id, 'the text file'), settled(replaced.id, 'the first video of the replaced lesson')]);
  }, 600_000);

  afterAll(async () => {
    await signOut().catch(() => undefined);
    await fixture?.stop();
  });

  afterEach(() => signOut().catch(() => undefined));

  it('should make a 320x180 upload READY with only the 360p rung, its duration and a poster', async () => {
    const ready = await lesson(small.id);
    expect(ready).toEqual(jasmine.objectContaining({ videoStatus: 'READY', durationSeconds: 3 }));
    const folder = String(ready?.['hlsPrefix']);
    expect(folder).toMatch(/^hls\/lesson-small\/[\w-]+\/$/);
    const master = await text$(`${folder}master.m3u8`);
    expect(master.split('\n').filter((line) => line.endsWith('.m3u8'))).toEqual(['master_360p.m3u8']);
    const posterKey = String(ready?.['posterKey']);
    expect(posterKey.startsWith(folder)).toBeTrue();
    const poster = await fixture.s3.send(new HeadObjectCommand({ Bucket: fixture.cloud.bucket, Key: posterKey }));
    expect(poster.ContentType).toBe('image/jpeg');
  }, 120_000);

  it('should end a text file renamed .mp4 FAILED with a reason for a person, and nothing to play', async () => {
    expect(await lesson(text.id)).toEqual(jasmine.objectContaining({ videoStatus: 'FAILED', videoFailureReason: NOT_A_VIDEO }));
    expect((await lesson(text.id))?.['hlsPrefix']).toBeUndefined();
    const { errors } = await client.queries.getPlayback({ lessonId: text.id }, { authMode: 'apiKey' });
    expect(errors?.[0]?.message).toMatch(/^NotReady/);
  }, 120_000);

  it('should keep the old video playing when its replacement turns out not to be a video', async () => {
    const before = await lesson(replaced.id);
    await fixture.uploadFile(`uploads/${replaced.id}/replacement.mp4`, notes, 'video/mp4');
    const after = await fixture.eventually(() => lesson(replaced.id), (item) => item?.['videoStatus'] === 'FAILED', 'the replacement to fail');

    expect(after?.['sourceKey']).toBe(`uploads/${replaced.id}/replacement.mp4`);
    expect(after?.['hlsPrefix']).toBe(before?.['hlsPrefix']);
    const catalog = await client.queries.getCatalogCourse({ courseId: course.id }, { authMode: 'apiKey' });
    expect(catalog.data?.lessons?.find((entry) => entry?.id === replaced.id)?.playable).toBeTrue();
    const playback = await client.queries.getPlayback({ lessonId: replaced.id }, { authMode: 'apiKey' });
    expect(playback.errors).toBeUndefined();
    expect(playback.data?.manifest).toContain('#EXT-X-STREAM-INF');
  }, 240_000);

  it('should refuse retryTranscode to a student and change nothing', async () => {
    const before = await lesson(text.id);
    await signIn({ username: studentEmail, password });

    const { data, errors } = await client.mutations.retryTranscode({ lessonId: text.id });

    expect(data).toBeNull();
    expect(errors?.[0]?.errorType).toBe('Unauthorized');
    expect((await lesson(text.id))?.['updatedAt']).toBe(before?.['updatedAt']);
  }, 120_000);

  it('should refuse retryTranscode for a lesson whose video is not FAILED', async () => {
    await signIn({ username: adminEmail, password });

    const { errors } = await client.mutations.retryTranscode({ lessonId: small.id });

    expect(errors?.[0]?.message).toMatch(/^Conflict: only a failed video can be retried/);
    expect((await lesson(small.id))?.['videoStatus']).toBe('READY');
  }, 120_000);

  it('should run the probe again for an admin’s retry of a FAILED lesson', async () => {
    const before = await lesson(text.id);
    await signIn({ username: adminEmail, password });

    const { data, errors } = await client.mutations.retryTranscode({ lessonId: text.id });

    expect(errors).toBeUndefined();
    expect(data?.id).toBe(text.id);
    // Still not a video: probed again and failed again, with a newer write.
    expect(data?.videoStatus).toBe('FAILED');
    expect(data?.videoFailureReason).toBe(NOT_A_VIDEO);
    expect(String((await lesson(text.id))?.['updatedAt']) > String(before?.['updatedAt'])).toBeTrue();
  }, 120_000);
});
