import { CatalogLesson } from '../../../shared/catalog-types';
import { fakeDataClient } from '../testing/fake-data-client.spec';
import { fetchCompletedLessonIds, lockedLessonIds } from './course-standing';

const lesson = (id: string, position: number, freePreview: boolean): CatalogLesson => ({
  id,
  title: id,
  position,
  freePreview,
  playable: true,
  description: null,
  durationSeconds: 60,
});
const lessons = [lesson('l1', 1, true), lesson('l2', 2, false), lesson('l3', 3, false)];

describe('course standing', () => {
  it('should lock every lesson but the free previews when the backend gives no access', () => {
    expect([...lockedLessonIds({ lessons, access: 'NONE' })]).toEqual(['l2', 'l3']);
  });

  it('should unlock every lesson when the backend gives any access', () => {
    expect((['OWNED', 'MEMBERSHIP', 'ADMIN'] as const).map((access) => lockedLessonIds({ lessons, access }).size)).toEqual([0, 0, 0]);
  });

  it('should report completed lessons of this course when the user finished them', async () => {
    const fake = fakeDataClient();
    fake.models['LessonProgress']['list'].and.resolveTo({
      data: [
        { lessonId: 'l1', courseId: 'c1', completed: true },
        { lessonId: 'l2', courseId: 'c1', completed: false },
      ],
    });
    expect([...(await fetchCompletedLessonIds(fake.service, { id: 'c1', lessons }))]).toEqual(['l1']);
  });

  it('should ask only for the progress of this course', async () => {
    const fake = fakeDataClient();
    fake.models['LessonProgress']['list'].and.resolveTo({ data: [] });
    await fetchCompletedLessonIds(fake.service, { id: 'c1', lessons });
    expect(fake.models['LessonProgress']['list']).toHaveBeenCalledWith(jasmine.objectContaining({ filter: { courseId: { eq: 'c1' } } }));
  });

  it('should report nothing completed when the progress cannot be read', async () => {
    const fake = fakeDataClient();
    fake.models['LessonProgress']['list'].and.rejectWith(new Error('offline'));
    expect((await fetchCompletedLessonIds(fake.service, { id: 'c1', lessons })).size).toBe(0);
  });
});
