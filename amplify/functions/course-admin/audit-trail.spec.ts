import '../shared/testing/quiet-logs';
import { admin, call, courseFixture, lessonFixture, student, useAdminTables, useFakeMediaBucket, useFakeUserPool } from './testing/admin-spec-kit';

type Step = readonly [field: string, args: Record<string, unknown>, action: string];

describe('course-admin audit trail', () => {
  const tables = useAdminTables();
  useFakeUserPool([{ sub: 'newbie-1', email: 'newbie@example.com', verified: true }, { sub: 'admin-1', email: 'admin@example.com', verified: true }]);
  useFakeMediaBucket([]);

  beforeAll(async () => {
    await tables.put('COURSE_TABLE', courseFixture('c-1'));
    await tables.put('LESSON_TABLE', lessonFixture('l-ready', 'c-1', 1, { status: 'PUBLISHED', videoStatus: 'READY', hlsPrefix: 'hls/l-ready/' }));
    await tables.put('LESSON_TABLE', lessonFixture('l-2', 'c-1', 2));
    await tables.put('LESSON_MATERIAL_TABLE', { id: 'm-1', courseId: 'c-1', title: 'Tab', fileKey: 'materials/c-1/m.pdf', contentType: 'application/pdf', sizeBytes: 10, __typename: 'LessonMaterial' });
    await tables.put('LESSON_MATERIAL_TABLE', { id: 'm-2', courseId: 'c-1', title: 'Tab 2', fileKey: 'materials/c-1/m2.pdf', contentType: 'application/pdf', sizeBytes: 10, __typename: 'LessonMaterial' });
    await tables.put('COURSE_TABLE', courseFixture('c-gone'));
  });

  const steps: Step[] = [
    ['adminCreateCourse', { title: 'New', summary: 's', description: 'd', instrument: 'PIANO', level: 'BEGINNER', priceCents: 0, currency: 'usd' }, 'course.create'],
    ['adminUpdateCourse', { id: 'c-1', title: 'Renamed', summary: 's', description: 'd', instrument: 'GUITAR', level: 'ADVANCED', priceCents: 100, currency: 'eur' }, 'course.update'],
    ['adminSetCourseStatus', { id: 'c-1', status: 'PUBLISHED' }, 'course.publish'],
    ['adminSetCourseStatus', { id: 'c-1', status: 'DRAFT' }, 'course.unpublish'],
    ['adminCreateLesson', { courseId: 'c-1', title: 'Third', freePreview: true }, 'lesson.create'],
    ['adminUpdateLesson', { id: 'l-2', title: 'Second', description: 'Now with words', freePreview: false }, 'lesson.update'],
    ['adminSetLessonStatus', { id: 'l-2', status: 'PUBLISHED' }, 'lesson.publish'],
    ['adminSetLessonStatus', { id: 'l-2', status: 'DRAFT' }, 'lesson.unpublish'],
    ['adminRenameMaterial', { id: 'm-1', title: 'Chord chart' }, 'material.rename'],
    ['adminDeleteMaterial', { id: 'm-2' }, 'material.delete'],
    ['adminGrantAccess', { courseId: 'c-1', email: 'newbie@example.com', reason: 'Competition prize' }, 'access.grant'],
    ['adminRevokeAccess', { courseId: 'c-1', userId: 'newbie-1', reason: 'Prize withdrawn' }, 'access.revoke'],
    ['adminDeleteLesson', { id: 'l-2' }, 'lesson.delete'],
    ['adminDeleteCourse', { id: 'c-gone' }, 'course.delete'],
  ];

  it('should write exactly one audit entry naming the admin when each admin mutation changes something', async () => {
    for (const [field, args, action] of steps) {
      const before = await tables.audit();

      await call(field, args);

      const added = (await tables.audit()).filter((entry) => !before.some((old) => old['id'] === entry['id']));
      expect(added.length).withContext(field).toBe(1);
      expect(added[0]).withContext(field).toEqual(
        jasmine.objectContaining({ feed: 'ALL', action, actorId: 'admin-1', actorEmail: 'admin@example.com', __typename: 'AuditEntry' }),
      );
      expect(typeof added[0]?.['at']).toBe('string');
    }
  });

  it('should write one lesson.reorder entry for a whole reorder', async () => {
    const lessons = (await tables.scan('LESSON_TABLE')).filter((lesson) => lesson['courseId'] === 'c-1');
    const before = (await tables.audit()).length;

    await call('adminReorderLessons', { courseId: 'c-1', lessonIds: lessons.map((lesson) => lesson['id']).reverse() });

    const entries = await tables.audit();
    expect(entries.length).toBe(before + 1);
    expect(entries.filter((entry) => entry['action'] === 'lesson.reorder').length).toBe(1);
  });

  const refusals: readonly [string, Record<string, unknown>][] = [
    ['adminCreateCourse', { title: '', summary: 's', description: 'd', instrument: 'PIANO', level: 'BEGINNER', priceCents: 0, currency: 'usd' }],
    ['adminUpdateCourse', { id: 'missing', title: 'x', summary: 's', description: 'd', instrument: 'PIANO', level: 'BEGINNER', priceCents: 0, currency: 'usd' }],
    ['adminSetCourseStatus', { id: 'missing', status: 'PUBLISHED' }],
    ['adminDeleteCourse', { id: 'missing' }],
    ['adminCreateLesson', { courseId: 'missing', title: 'x', freePreview: false }],
    ['adminUpdateLesson', { id: 'l-ready', title: 'x'.repeat(121), freePreview: false }],
    ['adminSetLessonStatus', { id: 'l-ready', status: 'ARCHIVED' }],
    ['adminDeleteLesson', { id: 'missing' }],
    ['adminReorderLessons', { courseId: 'c-1', lessonIds: ['l-ready'] }],
    ['adminRenameMaterial', { id: 'missing', title: 'x' }],
    ['adminDeleteMaterial', { id: 'missing' }],
    ['adminGrantAccess', { courseId: 'c-1', email: 'nobody@example.com', reason: 'x' }],
    ['adminRevokeAccess', { courseId: 'c-1', userId: 'nobody', reason: 'x' }],
  ];

  it('should write no audit entry and change nothing when a mutation is refused', async () => {
    for (const [field, args] of refusals) {
      const before = await tables.snapshot();

      await expectAsync(call(field, args)).withContext(field).toBeRejectedWithError(/^(BadRequest|NotFound|Conflict): /);

      expect(await tables.snapshot()).withContext(field).toEqual(before);
    }
  });

  it('should refuse every admin operation with Unauthorized and change nothing when the caller is not an admin', async () => {
    const fields = [...new Set([...steps.map(([field]) => field), 'adminReorderLessons', 'adminCourseSales'])];
    const before = await tables.snapshot();
    for (const field of fields) {
      const args = steps.find(([candidate]) => candidate === field)?.[1] ?? { courseId: 'c-1', lessonIds: ['l-ready'] };
      await expectAsync(call(field, args, student)).withContext(field).toBeRejectedWithError(/^Unauthorized: /);
      await expectAsync(call(field, args, null)).withContext(field).toBeRejectedWithError(/^Unauthorized: /);
    }
    expect(fields.length).toBe(14);
    expect(await tables.snapshot()).toEqual(before);
  });

  it('should refuse with Unauthorized when the group is listed but the token claim lacks ADMINS', async () => {
    const forged = { ...admin, claims: { sub: 'admin-1' } };

    await expectAsync(call('adminDeleteCourse', { id: 'c-1' }, forged)).toBeRejectedWithError(/^Unauthorized: /);
    expect(await tables.get('COURSE_TABLE', { id: 'c-1' })).toBeDefined();
  });
});
