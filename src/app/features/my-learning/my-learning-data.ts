import { listAllPages } from '../../core/data/backend-call';
import type { DataClientService } from '../../core/data/data-client';
import { fetchCatalogCourse } from '../../shared/catalog-api';
import { CatalogCourse, CatalogLesson } from '../../shared/catalog-types';
import { ProgressLike, continueLesson, percentComplete } from '../../shared/lesson-progress';
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

/** Combines enrollments, catalog entries and progress into the rows the page shows. */
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
  const { Enrollment, LessonProgress, PracticeSession } = data.client.models;
  const week = isoWeekOf(now);
  const [enrollments, progress, sessions] = await Promise.all([
    listAllPages((nextToken) => Enrollment.list({ nextToken })),
    listAllPages((nextToken) => LessonProgress.list({ nextToken })),
    listAllPages((nextToken) => PracticeSession.list({ filter: { day: { between: [week.start, week.end] } }, nextToken })),
  ]);
  const courseIds = [...new Set(enrollments.map((enrollment) => enrollment.courseId))];
  // An enrollment whose course was unpublished since is simply not shown.
  const courses = (await Promise.all(courseIds.map((id) => fetchCatalogCourse(data, id)))).filter(
    (course): course is CatalogCourse => course !== null,
  );
  return summarizeLearning(courses, progress, sessions, now);
}
