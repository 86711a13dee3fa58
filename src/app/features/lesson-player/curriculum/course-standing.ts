import type { AuthService } from '../../../core/auth/auth.service';
import { backendCall, listAllPages } from '../../../core/data/backend-call';
import type { DataClientService } from '../../../core/data/data-client';
import { CatalogCourse, orderedLessons } from '../../../shared/catalog-types';
import { completedLessonIds } from '../../../shared/lesson-progress';

/** What the signed-in user has in a course: whether every lesson is open to them, and what they completed. */
export interface CourseStanding {
  readonly hasFullAccess: boolean;
  readonly completedIds: ReadonlySet<string>;
}

export const GUEST_STANDING: CourseStanding = { hasFullAccess: false, completedIds: new Set() };

/**
 * Mirrors the backend's entitlement rule for display only (the backend enforces it on playback):
 * admins, enrolled students and active members see every lesson; others only free previews.
 */
export async function fetchCourseStanding(
  data: DataClientService,
  auth: AuthService,
  course: Pick<CatalogCourse, 'id' | 'lessons'>,
): Promise<CourseStanding> {
  const user = auth.user();
  if (!user) return GUEST_STANDING;
  const { Enrollment, Membership, LessonProgress } = data.client.models;
  const [enrollment, membership, progress] = await Promise.all([
    backendCall(Enrollment.get({ userId: user.userId, courseId: course.id })).catch(() => null),
    backendCall(Membership.get({ userId: user.userId })).catch(() => null),
    listAllPages((nextToken) => LessonProgress.list({ filter: { courseId: { eq: course.id } }, nextToken })).catch(() => []),
  ]);
  return {
    hasFullAccess: auth.isAdmin() || enrollment != null || membership?.status === 'ACTIVE',
    completedIds: completedLessonIds(course, progress),
  };
}

export function lockedLessonIds(course: Pick<CatalogCourse, 'lessons'>, standing: CourseStanding): Set<string> {
  if (standing.hasFullAccess) return new Set();
  return new Set(orderedLessons(course).filter((lesson) => !lesson.freePreview).map((lesson) => lesson.id));
}
