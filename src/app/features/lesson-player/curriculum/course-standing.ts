import type { DataClientService } from '../../../core/data/data-client';
import { CatalogCourse, orderedLessons } from '../../../shared/catalog-types';
import { opensEveryLesson } from '../../../shared/course-access';
import { fetchCourseProgress } from '../../../shared/course-progress';
import { completedLessonIds } from '../../../shared/lesson-progress';

/** Lessons the curriculum shows locked: every lesson but the free previews, unless the backend gave the caller access. */
export function lockedLessonIds(course: Pick<CatalogCourse, 'lessons' | 'access'>): Set<string> {
  if (opensEveryLesson(course.access)) return new Set();
  return new Set(orderedLessons(course).filter((lesson) => !lesson.freePreview).map((lesson) => lesson.id));
}

/** The signed-in user's completed lessons of the course; none when progress cannot be read, as ticks are only a display. */
export async function fetchCompletedLessonIds(
  data: DataClientService,
  course: Pick<CatalogCourse, 'id' | 'lessons'>,
): Promise<ReadonlySet<string>> {
  const progress = await fetchCourseProgress(data, course.id).catch(() => []);
  return completedLessonIds(course, progress);
}
