import type { Schema } from '../../data/resource';

/** The attributes the AppSync model resolvers add to every record they write. */
interface Bookkeeping {
  readonly __typename: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type CourseRecord = Pick<
  Schema['Course']['type'],
  'id' | 'title' | 'summary' | 'description' | 'instrument' | 'level' | 'priceCents' | 'currency' | 'artKey' | 'status' | 'publishedAt'
> & Bookkeeping;

export type LessonRecord = Pick<
  Schema['Lesson']['type'],
  | 'id' | 'courseId' | 'title' | 'description' | 'position' | 'durationSeconds' | 'freePreview' | 'status' | 'videoStatus'
  | 'videoProgressPercent' | 'videoFailureReason' | 'sourceKey' | 'hlsPrefix' | 'posterKey'
> & Bookkeeping;

export type MaterialRecord = Pick<
  Schema['LessonMaterial']['type'],
  'id' | 'courseId' | 'lessonId' | 'title' | 'fileKey' | 'contentType' | 'sizeBytes'
> & Bookkeeping;

export type EnrollmentRecord = Pick<Schema['Enrollment']['type'], 'userId' | 'courseId' | 'source' | 'orderId' | 'grantReason'> & Bookkeeping;

export type OrderRecord = Pick<Schema['Order']['type'], 'id' | 'userId' | 'courseId' | 'amountCents' | 'currency' | 'status' | 'paidAt' | 'createdAt'>;

export type PublicationStatus = CourseRecord['status'];
export type CourseStudent = Schema['CourseStudent']['type'];
export type CourseSales = Schema['CourseSales']['type'];
export type MonthlyRevenue = Schema['MonthlyRevenue']['type'];
