import { AuthService } from '../../../core/auth/auth.service';
import { CatalogLesson } from '../../../shared/catalog-types';
import { fakeDataClient } from '../testing/fake-data-client.spec';
import { GUEST_STANDING, fetchCourseStanding, lockedLessonIds } from './course-standing';

const lesson = (id: string, position: number, freePreview: boolean): CatalogLesson => ({
  id,
  title: id,
  position,
  freePreview,
  playable: true,
  description: null,
  durationSeconds: 60,
});
const course = { id: 'c1', lessons: [lesson('l1', 1, true), lesson('l2', 2, false), lesson('l3', 3, false)] };

function auth(userId: string | null, admin = false): AuthService {
  return {
    user: () => (userId ? { userId, email: `${userId}@example.com` } : null),
    isAdmin: () => admin,
  } as unknown as AuthService;
}

describe('course standing', () => {
  it('should lock every lesson but the free previews when the user has no access', () => {
    expect([...lockedLessonIds(course, GUEST_STANDING)]).toEqual(['l2', 'l3']);
  });

  it('should unlock every lesson when the user is enrolled', async () => {
    const fake = fakeDataClient();
    fake.models['Enrollment']['get'].and.resolveTo({ data: { userId: 'u1', courseId: 'c1' } });
    fake.models['LessonProgress']['list'].and.resolveTo({ data: [] });
    const standing = await fetchCourseStanding(fake.service, auth('u1'), course);
    expect(lockedLessonIds(course, standing).size).toBe(0);
  });

  it('should unlock every lesson when the user has an active membership', async () => {
    const fake = fakeDataClient();
    fake.models['Membership']['get'].and.resolveTo({ data: { userId: 'u1', status: 'ACTIVE' } });
    fake.models['LessonProgress']['list'].and.resolveTo({ data: [] });
    expect((await fetchCourseStanding(fake.service, auth('u1'), course)).hasFullAccess).toBeTrue();
  });

  it('should report completed lessons of this course when the user finished them', async () => {
    const fake = fakeDataClient();
    fake.models['LessonProgress']['list'].and.resolveTo({
      data: [
        { lessonId: 'l1', courseId: 'c1', completed: true },
        { lessonId: 'l2', courseId: 'c1', completed: false },
      ],
    });
    const standing = await fetchCourseStanding(fake.service, auth('u1'), course);
    expect([...standing.completedIds]).toEqual(['l1']);
  });

  it('should not call the backend when the user is a guest', async () => {
    const fake = fakeDataClient();
    await fetchCourseStanding(fake.service, auth(null), course);
    expect(fake.models['Enrollment']['get']).not.toHaveBeenCalled();
  });
});
