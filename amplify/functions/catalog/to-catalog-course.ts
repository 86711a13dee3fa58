import type { CourseAccess } from '../shared/entitlement';
import type { CatalogCourse, CourseRecord, LessonRecord, MaterialRecord } from './records';

/**
 * What students and guests may see of a course: published lessons only, ordered by position,
 * playable while a transcoded ladder exists (hlsPrefix, kept while a replacement is processed or has
 * failed), and materials without their storage keys.
 */
export function toCatalogCourse(
  course: CourseRecord,
  lessons: readonly LessonRecord[],
  materials: readonly MaterialRecord[],
  artUrl: string | null,
  access: CourseAccess,
): CatalogCourse {
  const published = lessons
    .filter((lesson) => lesson.status === 'PUBLISHED')
    .sort((a, b) => a.position - b.position);
  const publishedIds = new Set(published.map((lesson) => lesson.id));
  return {
    id: course.id,
    title: course.title,
    summary: course.summary,
    description: course.description,
    instrument: course.instrument,
    level: course.level,
    priceCents: course.priceCents,
    currency: course.currency,
    artUrl,
    access,
    lessonCount: published.length,
    totalDurationSeconds: published.reduce((total, lesson) => total + (lesson.durationSeconds ?? 0), 0),
    lessons: published.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      description: lesson.description ?? null,
      position: lesson.position,
      durationSeconds: lesson.durationSeconds ?? null,
      freePreview: lesson.freePreview,
      playable: Boolean(lesson.hlsPrefix),
    })),
    materials: materials
      .filter((material) => !material.lessonId || publishedIds.has(material.lessonId))
      .map((material) => ({
        id: material.id,
        lessonId: material.lessonId ?? null,
        title: material.title,
        contentType: material.contentType,
        sizeBytes: material.sizeBytes,
      })),
  };
}
