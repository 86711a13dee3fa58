import { listAllPages } from '../../core/data/backend-call';
import type { DataClientService } from '../../core/data/data-client';
import { fetchCatalog } from '../../shared/catalog-api';
import { CatalogCourse, CatalogLesson } from '../../shared/catalog-types';
import { opensEveryLesson } from '../../shared/course-access';
import { ProgressLike, continueLesson, hasStarted, percentComplete } from '../../shared/lesson-progress';
import { PracticeSessionLike, isoWeekOf, practiceSecondsThisWeek } from './weekly-practice';

export interface EnrolledCourse {
  readonly course: CatalogCourse;
  readonly percent: number;
  readonly next: CatalogLesson | null;
}

export interface MyLearning {
  readonly courses: readonly EnrolledCourse[];
  readonly practiceSecondsThisWeek: number;
}

/**
 * The courses "My learning" lists, as the backend reports the user's access: those they own, and
 * those their membership (or admin role) opens that they have started.
 */
export function myCourses(catalog: readonly CatalogCourse[], progress: readonly ProgressLike[]): CatalogCourse[] {
  return catalog.filter(
    (course) => course.access === 'OWNED' || (opensEveryLesson(course.access) && hasStarted(course, progress)),
  );
}

/** Combines the user's courses and progress into the rows the page shows. */
export function summarizeLearning(
  courses: readonly CatalogCourse[],
  progress: readonly ProgressLike[],
  sessions: readonly PracticeSessionLike[],
  now: Date,
): MyLearning {
  const rows = courses.map((course) => ({
    course,
    percent: percentComplete(course, progress),
    next: continueLesson(course, progress),
  }));
  return { courses: rows, practiceSecondsThisWeek: practiceSecondsThisWeek(sessions, now) };
}

/** Loads everything "My learning" shows for the signed-in user. */
export async function fetchMyLearning(data: DataClientService, now: Date): Promise<MyLearning> {
  const { LessonProgress, PracticeSession } = data.client.models;
  const week = isoWeekOf(now);
  // The catalog carries the user's access to each published course; an owned course unpublished since is not shown.
  const [catalog, progress, sessions] = await Promise.all([
    fetchCatalog(data),
    listAllPages((nextToken) => LessonProgress.list({ nextToken })),
    listAllPages((nextToken) => PracticeSession.list({ filter: { day: { between: [week.start, week.end] } }, nextToken })),
  ]);
  return summarizeLearning(myCourses(catalog, progress), progress, sessions, now);
}
