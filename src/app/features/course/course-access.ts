import { listAllPages } from '../../core/data/backend-call';
import type { DataClientService } from '../../core/data/data-client';
import { ProgressLike } from '../../shared/lesson-progress';

export interface CourseAccess {
  readonly enrolled: boolean;
  /** An ACTIVE membership unlocks every course, as the media-access function decides. */
  readonly member: boolean;
  readonly progress: readonly ProgressLike[];
}

/** The signed-in user's enrollment, membership and lesson progress for one course. */
export async function fetchCourseAccess(data: DataClientService, courseId: string): Promise<CourseAccess> {
  const { Enrollment, LessonProgress, Membership } = data.client.models;
  const filter = { courseId: { eq: courseId } };
  const [enrollments, memberships, progress] = await Promise.all([
    listAllPages((nextToken) => Enrollment.list({ filter, nextToken })),
    listAllPages((nextToken) => Membership.list({ nextToken })),
    listAllPages((nextToken) => LessonProgress.list({ filter, nextToken })),
  ]);
  return {
    enrolled: enrollments.length > 0,
    member: memberships.some((membership) => membership.status === 'ACTIVE'),
    progress,
  };
}
