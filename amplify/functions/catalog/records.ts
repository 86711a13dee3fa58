import type { Schema } from '../../data/resource';

/** The stored shapes this function reads (only the attributes it uses). */
export type CourseRecord = Pick<
  Schema['Course']['type'],
  'id' | 'title' | 'summary' | 'description' | 'instrument' | 'level' | 'priceCents' | 'currency' | 'artKey' | 'status'
>;
export type LessonRecord = Pick<
  Schema['Lesson']['type'],
  'id' | 'courseId' | 'title' | 'description' | 'position' | 'durationSeconds' | 'freePreview' | 'status' | 'hlsPrefix'
>;
export type MaterialRecord = Pick<
  Schema['LessonMaterial']['type'],
  'id' | 'courseId' | 'lessonId' | 'title' | 'contentType' | 'sizeBytes' | 'fileKey'
>;
export type CatalogCourse = Schema['CatalogCourse']['type'];
