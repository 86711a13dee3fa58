import { listAllPages } from '../core/data/backend-call';
import type { DataClientService } from '../core/data/data-client';
import { ProgressLike } from './lesson-progress';

/** The signed-in user's lesson progress in one course. */
export function fetchCourseProgress(data: DataClientService, courseId: string): Promise<ProgressLike[]> {
  const { LessonProgress } = data.client.models;
  return listAllPages((nextToken) => LessonProgress.list({ filter: { courseId: { eq: courseId } }, nextToken }));
}
