import type { Schema } from '../../../../../amplify/data/resource';

type CourseRecord = Schema['Course']['type'];

/** The fields of a Course record the admin pages show (relations left out). */
export type AdminCourse = Pick<
  CourseRecord,
  | 'id'
  | 'title'
  | 'summary'
  | 'description'
  | 'instrument'
  | 'level'
  | 'priceCents'
  | 'currency'
  | 'artKey'
  | 'status'
  | 'publishedAt'
  | 'updatedAt'
>;

export type CourseStatus = Schema['PublicationStatus']['type'];

/** What adminCreateCourse / adminUpdateCourse are sent (besides the id when updating). */
export type CourseInput = Pick<CourseRecord, 'title' | 'summary' | 'description' | 'instrument' | 'level' | 'priceCents' | 'currency'>;

/** The selection set of every admin course read: plain fields, no lazy relations. */
export const ADMIN_COURSE_FIELDS = [
  'id',
  'title',
  'summary',
  'description',
  'instrument',
  'level',
  'priceCents',
  'currency',
  'artKey',
  'status',
  'publishedAt',
  'updatedAt',
] as const;

export const STATUS_LABELS: Readonly<Record<CourseStatus, string>> = {
  DRAFT: $localize`:@@admin.course.status.draft:Draft`,
  PUBLISHED: $localize`:@@admin.course.status.published:Published`,
};
