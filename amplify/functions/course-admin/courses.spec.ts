import '../shared/testing/quiet-logs';
import type { Schema } from '../../data/resource';
import { call, courseFixture, lessonFixture, useAdminTables, useFakeMediaBucket, useFakeUserPool } from './testing/admin-spec-kit';

type Course = Schema['Course']['type'];

const fields = { title: '  Slide Guitar  ', summary: 'Bottleneck basics', description: 'Open G and more', instrument: 'GUITAR', level: 'INTERMEDIATE', priceCents: 3900, currency: 'EUR' };

describe('course-admin courses', () => {
  const tables = useAdminTables();
  useFakeUserPool([{ sub: 'admin-1', email: 'admin@example.com', verified: true }]);
  const bucket = useFakeMediaBucket(['uploads/l-a/src.mp4', 'hls/l-a/master.m3u8', 'hls/l-a/master_360p_00001.ts', 'materials/c-del/m.pdf', 'art/c-del/a.png', 'hls/other/master.m3u8']);

  it('should store a draft course shaped like an AppSync model record when an admin creates one', async () => {
    const course = await call<Course>('adminCreateCourse', fields);

    const stored = await tables.get('COURSE_TABLE', { id: course.id });
    expect(course.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored).toEqual({
      id: course.id, title: 'Slide Guitar', summary: 'Bottleneck basics', description: 'Open G and more', instrument: 'GUITAR',
      level: 'INTERMEDIATE', priceCents: 3900, currency: 'eur', status: 'DRAFT', __typename: 'Course',
      createdAt: jasmine.any(String), updatedAt: jasmine.any(String),
    });
    const [entry] = (await tables.audit()).filter((candidate) => candidate['entityId'] === course.id);
    expect(entry).toEqual(jasmine.objectContaining({ action: 'course.create', entityType: 'Course', courseId: course.id }));
    expect(entry?.['after']).toEqual(jasmine.objectContaining({ title: 'Slide Guitar', currency: 'eur' }));
  });

  it('should refuse with every problem in words when the course fields are invalid', async () => {
    const invalid = { ...fields, title: ' ', summary: 'x'.repeat(301), priceCents: 12.5, currency: 'JPY', level: 'MASTER' };

    const refusal = call('adminCreateCourse', invalid);

    await expectAsync(refusal).toBeRejectedWithError(
      'BadRequest: title is required; summary must be 300 characters or fewer; level must be beginner, intermediate or advanced; price must be a whole number of cents; currency must be one of usd, eur, gbp',
    );
  });

  it('should refuse a negative price and a price above the maximum', async () => {
    await expectAsync(call('adminCreateCourse', { ...fields, priceCents: -1 })).toBeRejectedWithError(/price cannot be negative/);
    await expectAsync(call('adminCreateCourse', { ...fields, priceCents: 100_001 })).toBeRejectedWithError(/price must be at most 1000/);
  });

  it('should change only the edited fields and audit them before and after when an admin updates a course', async () => {
    await tables.put('COURSE_TABLE', courseFixture('c-up', { artKey: 'art/c-up/a.png' }));

    await call('adminUpdateCourse', { id: 'c-up', ...fields, title: 'Updated' });

    expect(await tables.get('COURSE_TABLE', { id: 'c-up' })).toEqual(jasmine.objectContaining({ title: 'Updated', currency: 'eur', artKey: 'art/c-up/a.png' }));
    const entry = (await tables.audit()).find((candidate) => candidate['action'] === 'course.update' && candidate['entityId'] === 'c-up');
    expect(entry?.['before']).toEqual(jasmine.objectContaining({ title: 'Course c-up', currency: 'usd' }));
    expect(entry?.['after']).toEqual(jasmine.objectContaining({ title: 'Updated', currency: 'eur' }));
  });

  it('should refuse with NotFound when the course to update does not exist', async () => {
    await expectAsync(call('adminUpdateCourse', { id: 'nope', ...fields })).toBeRejectedWithError(/^NotFound: /);
  });

  describe('publishing', () => {
    it('should refuse with the reason when the course has no lessons', async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-empty'));

      await expectAsync(call('adminSetCourseStatus', { id: 'c-empty', status: 'PUBLISHED' })).toBeRejectedWithError(/^Conflict: .*no lessons yet/);
      expect((await tables.get('COURSE_TABLE', { id: 'c-empty' }))?.['status']).toBe('DRAFT');
    });

    it('should refuse when only a draft lesson has a ready video', async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-draft-lesson'));
      await tables.put('LESSON_TABLE', lessonFixture('l-dl', 'c-draft-lesson', 1, { videoStatus: 'READY', hlsPrefix: 'hls/l-dl/' }));

      await expectAsync(call('adminSetCourseStatus', { id: 'c-draft-lesson', status: 'PUBLISHED' })).toBeRejectedWithError(/^Conflict: .*none of its lessons is published/);
    });

    it('should refuse when the published lessons have no ready video', async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-processing'));
      await tables.put('LESSON_TABLE', lessonFixture('l-pr', 'c-processing', 1, { status: 'PUBLISHED', videoStatus: 'PROCESSING' }));

      await expectAsync(call('adminSetCourseStatus', { id: 'c-processing', status: 'PUBLISHED' })).toBeRejectedWithError(/^Conflict: .*none of its published lessons has a ready video/);
      expect((await tables.audit()).filter((entry) => entry['courseId'] === 'c-processing')).toEqual([]);
    });

    it('should publish when a published lesson still plays its old ladder while a replacement processes', async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-replace'));
      await tables.put('LESSON_TABLE', lessonFixture('l-rep', 'c-replace', 1, { status: 'PUBLISHED', videoStatus: 'PROCESSING', hlsPrefix: 'hls/l-rep/' }));

      const course = await call<Course>('adminSetCourseStatus', { id: 'c-replace', status: 'PUBLISHED' });

      expect(course.status).toBe('PUBLISHED');
      expect(await tables.get('COURSE_TABLE', { id: 'c-replace' })).toEqual(jasmine.objectContaining({ status: 'PUBLISHED', publishedAt: jasmine.any(String) }));
    });

    it('should unpublish a published course', async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-pub', { status: 'PUBLISHED' }));

      await call('adminSetCourseStatus', { id: 'c-pub', status: 'DRAFT' });

      expect((await tables.get('COURSE_TABLE', { id: 'c-pub' }))?.['status']).toBe('DRAFT');
      expect((await tables.audit()).find((entry) => entry['entityId'] === 'c-pub')?.['action']).toBe('course.unpublish');
    });
  });

  describe('deleting', () => {
    it('should refuse with Conflict and keep everything when students are enrolled', async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-taken'));
      await tables.put('ENROLLMENT_TABLE', { userId: 'u-1', courseId: 'c-taken', source: 'PURCHASE' });

      await expectAsync(call('adminDeleteCourse', { id: 'c-taken' })).toBeRejectedWithError('Conflict: students are enrolled: unpublish it instead');
      expect(await tables.get('COURSE_TABLE', { id: 'c-taken' })).toBeDefined();
    });

    it('should delete the course with its lessons and materials, then their media', async () => {
      await tables.put('COURSE_TABLE', courseFixture('c-del', { artKey: 'art/c-del/a.png' }));
      await tables.put('LESSON_TABLE', lessonFixture('l-a', 'c-del', 1, { sourceKey: 'uploads/l-a/src.mp4' }));
      await tables.put('LESSON_MATERIAL_TABLE', { id: 'm-del', courseId: 'c-del', title: 'Tab', fileKey: 'materials/c-del/m.pdf', contentType: 'application/pdf', sizeBytes: 1 });
      await tables.put('LESSON_TABLE', lessonFixture('l-keep', 'c-other', 1));

      const result = await call('adminDeleteCourse', { id: 'c-del' });

      expect(result).toBe('c-del');
      expect(await tables.get('COURSE_TABLE', { id: 'c-del' })).toBeUndefined();
      expect(await tables.get('LESSON_TABLE', { id: 'l-a' })).toBeUndefined();
      expect(await tables.get('LESSON_MATERIAL_TABLE', { id: 'm-del' })).toBeUndefined();
      expect(await tables.get('LESSON_TABLE', { id: 'l-keep' })).toBeDefined();
      expect(bucket.deletedKeys()).toEqual(['art/c-del/a.png', 'hls/l-a/master.m3u8', 'hls/l-a/master_360p_00001.ts', 'materials/c-del/m.pdf', 'uploads/l-a/src.mp4']);
      const entry = (await tables.audit()).find((candidate) => candidate['action'] === 'course.delete' && candidate['entityId'] === 'c-del');
      expect(entry?.['details']).toEqual({ lessonIds: ['l-a'], materialIds: ['m-del'] });
    });
  });
});
