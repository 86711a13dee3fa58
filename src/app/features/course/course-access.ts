import type { DataClientService } from '../../core/data/data-client';
import { listAllPages } from '../../shared/catalog-api';
import { ProgressLike } from '../../shared/lesson-progress';

export interface CourseAccess {
  readonly enrolled: boolean;
  readonly progress: readonly ProgressLike[];
}

/** Whether the signed-in user is enrolled in the course, and their lesson progress in it. */
export async function fetchCourseAccess(data: DataClientService, courseId: string): Promise<CourseAccess> {
  const { Enrollment, LessonProgress } = data.client.models;
  const filter = { courseId: { eq: courseId } };
  const [enrollments, progress] = await Promise.all([
    listAllPages((nextToken) => Enrollment.list({ filter, nextToken })),
    listAllPages((nextToken) => LessonProgress.list({ filter, nextToken })),
  ]);
  return { enrolled: enrollments.length > 0, progress };
}
