import '../shared/testing/quiet-logs';
import type { Schema } from '../../data/resource';
import { call, courseFixture, lessonFixture, useAdminTables, useFakeMediaBucket, useFakeUserPool } from './testing/admin-spec-kit';

type Lesson = Schema['Lesson']['type'];

describe('course-admin lessons', () => {
  const tables = useAdminTables();
  useFakeUserPool([{ sub: 'admin-1', email: 'admin@example.com', verified: true }]);
  const bucket = useFakeMediaBucket(['uploads/l-gone/a.mp4', 'hls/l-gone/master.m3u8']);
  const positions = async (courseId: string) =>
    (await tables.scan('LESSON_TABLE'))
      .filter((lesson) => lesson['courseId'] === courseId)
      .sort((a, b) => Number(a['position']) - Number(b['position']))
      .map((lesson) => [lesson['id'], lesson['position']]);

  it('should append a draft lesson without video after the last position when an admin adds one', async () => {
    await tables.put('COURSE_TABLE', courseFixture('c-add'));
    await tables.put('LESSON_TABLE', lessonFixture('l-1', 'c-add', 1));
    await tables.put('LESSON_TABLE', lessonFixture('l-7', 'c-add', 7));

    const lesson = await call<Lesson>('adminCreateLesson', { courseId: 'c-add', title: 'Turnarounds', freePreview: true });

    expect(await tables.get('LESSON_TABLE', { id: lesson.id })).toEqual({
      id: lesson.id, courseId: 'c-add', title: 'Turnarounds', position: 8, freePreview: true, status: 'DRAFT', videoStatus: 'NONE',
      __typename: 'Lesson', createdAt: jasmine.any(String), updatedAt: jasmine.any(String),
    });
  });

  it('should refuse with NotFound when the course does not exist', async () => {
    await expectAsync(call('adminCreateLesson', { courseId: 'c-missing', title: 'x', freePreview: false })).toBeRejectedWithError(/^NotFound: no such course/);
  });

  it('should keep the video fields and drop a cleared description when an admin edits a lesson', async () => {
    await tables.put('LESSON_TABLE', lessonFixture('l-edit', 'c-x', 1, { description: 'old', videoStatus: 'READY', hlsPrefix: 'hls/l-edit/', sourceKey: 'uploads/l-edit/a.mp4' }));

    await call('adminUpdateLesson', { id: 'l-edit', title: 'New title', description: '', freePreview: true });

    const stored = await tables.get('LESSON_TABLE', { id: 'l-edit' });
    expect(stored).toEqual(jasmine.objectContaining({ title: 'New title', freePreview: true, videoStatus: 'READY', hlsPrefix: 'hls/l-edit/' }));
    expect(stored?.['description']).toBeUndefined();
  });

  it('should ignore storage-key fields sent with an edit', async () => {
    await tables.put('LESSON_TABLE', lessonFixture('l-keys', 'c-x', 2));

    await call('adminUpdateLesson', { id: 'l-keys', title: 'T', freePreview: false, hlsPrefix: 'hls/elsewhere/', videoStatus: 'READY', sourceKey: 'x' });

    const stored = await tables.get('LESSON_TABLE', { id: 'l-keys' });
    expect(stored?.['hlsPrefix']).toBeUndefined();
    expect(stored?.['videoStatus']).toBe('NONE');
  });

  it('should publish a lesson and audit it', async () => {
    await tables.put('LESSON_TABLE', lessonFixture('l-pub', 'c-x', 3));

    const lesson = await call<Lesson>('adminSetLessonStatus', { id: 'l-pub', status: 'PUBLISHED' });

    expect(lesson.status).toBe('PUBLISHED');
    expect((await tables.get('LESSON_TABLE', { id: 'l-pub' }))?.['status']).toBe('PUBLISHED');
    expect((await tables.audit()).find((entry) => entry['entityId'] === 'l-pub')).toEqual(
      jasmine.objectContaining({ action: 'lesson.publish', courseId: 'c-x', before: { status: 'DRAFT' }, after: { status: 'PUBLISHED' } }),
    );
  });

  it('should delete a lesson with its own materials and media, leaving the course materials', async () => {
    await tables.put('LESSON_TABLE', lessonFixture('l-gone', 'c-del', 1, { sourceKey: 'uploads/l-gone/a.mp4' }));
    await tables.put('LESSON_MATERIAL_TABLE', { id: 'm-own', courseId: 'c-del', lessonId: 'l-gone', title: 'T', fileKey: 'materials/c-del/own.pdf', contentType: 'application/pdf', sizeBytes: 1 });
    await tables.put('LESSON_MATERIAL_TABLE', { id: 'm-course', courseId: 'c-del', title: 'T', fileKey: 'materials/c-del/all.pdf', contentType: 'application/pdf', sizeBytes: 1 });

    await call('adminDeleteLesson', { id: 'l-gone' });

    expect(await tables.get('LESSON_TABLE', { id: 'l-gone' })).toBeUndefined();
    expect(await tables.get('LESSON_MATERIAL_TABLE', { id: 'm-own' })).toBeUndefined();
    expect(await tables.get('LESSON_MATERIAL_TABLE', { id: 'm-course' })).toBeDefined();
    expect(bucket.deletedKeys()).toEqual(['hls/l-gone/master.m3u8', 'materials/c-del/own.pdf', 'uploads/l-gone/a.mp4']);
  });

  describe('reordering', () => {
    beforeEach(async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-order'));
      for (const [id, position] of [['l-a', 1], ['l-b', 2], ['l-c', 5]] as const) await tables.put('LESSON_TABLE', lessonFixture(id, 'c-order', position));
    });

    it('should number the lessons 1..n in the given order and return them', async () => {
      const lessons = await call<Lesson[]>('adminReorderLessons', { courseId: 'c-order', lessonIds: ['l-c', 'l-a', 'l-b'] });

      expect(lessons.map((lesson) => [lesson.id, lesson.position])).toEqual([['l-c', 1], ['l-a', 2], ['l-b', 3]]);
      expect(await positions('c-order')).toEqual([['l-c', 1], ['l-a', 2], ['l-b', 3]]);
    });

    it('should refuse with Conflict and change nothing when a lesson is missing', async () => {
      await expectAsync(call('adminReorderLessons', { courseId: 'c-order', lessonIds: ['l-c', 'l-a'] })).toBeRejectedWithError(/^Conflict: .*missing l-b/);
      expect(await positions('c-order')).toEqual([['l-a', 1], ['l-b', 2], ['l-c', 5]]);
    });

    it('should refuse with Conflict when a lesson of another course is listed', async () => {
      await tables.put('LESSON_TABLE', lessonFixture('l-foreign', 'c-else', 1));

      await expectAsync(call('adminReorderLessons', { courseId: 'c-order', lessonIds: ['l-a', 'l-b', 'l-c', 'l-foreign'] })).toBeRejectedWithError(
        /^Conflict: .*not lessons of this course: l-foreign/,
      );
    });

    it('should refuse with BadRequest when a lesson is listed twice', async () => {
      await expectAsync(call('adminReorderLessons', { courseId: 'c-order', lessonIds: ['l-a', 'l-b', 'l-c', 'l-a'] })).toBeRejectedWithError(
        'BadRequest: lessonIds must not list a lesson twice',
      );
    });
  });
});
