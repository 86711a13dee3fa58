import { CatalogCourse, CatalogLesson, orderedLessons } from './catalog-types';

/** The parts of a LessonProgress record the progress calculations need. */
export interface ProgressLike {
  readonly lessonId: string;
  readonly courseId: string;
  readonly completed: boolean;
  readonly updatedAt?: string | null;
}

type CourseLessons = Pick<CatalogCourse, 'id' | 'lessons'>;

/** Ids of this course's lessons the user has completed (progress for deleted lessons is ignored). */
export function completedLessonIds(course: CourseLessons, progress: readonly ProgressLike[]): Set<string> {
  const lessonIds = new Set(orderedLessons(course).map((lesson) => lesson.id));
  return new Set(
    progress.filter((p) => p.courseId === course.id && p.completed && lessonIds.has(p.lessonId)).map((p) => p.lessonId),
  );
}

/** Whether the user has progress on any of this course's lessons ("Continue" rather than "Start"). */
export function hasStarted(course: CourseLessons, progress: readonly ProgressLike[]): boolean {
  const lessonIds = new Set(orderedLessons(course).map((lesson) => lesson.id));
  return progress.some((p) => p.courseId === course.id && lessonIds.has(p.lessonId));
}

/** Whole percent of the course's lessons completed, 0–100. */
export function percentComplete(
  course: CourseLessons & Pick<CatalogCourse, 'lessonCount'>,
  progress: readonly ProgressLike[],
): number {
  const total = Math.max(course.lessonCount, orderedLessons(course).length);
  if (total === 0) return 0;
  const done = completedLessonIds(course, progress).size;
  return Math.min(100, Math.round((done / total) * 100));
}

/**
 * The lesson to resume: the one whose progress was updated most recently, or else the first lesson.
 * Returns null for a course without lessons.
 */
export function continueLesson(course: CourseLessons, progress: readonly ProgressLike[]): CatalogLesson | null {
  const lessons = orderedLessons(course);
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  let latest: { lesson: CatalogLesson; at: string } | null = null;
  for (const p of progress) {
    const lesson = byId.get(p.lessonId);
    if (p.courseId !== course.id || !lesson) continue;
    const at = p.updatedAt ?? '';
    if (latest === null || at > latest.at) latest = { lesson, at };
  }
  return latest?.lesson ?? lessons[0] ?? null;
}
