import type { Schema } from '../../../../../amplify/data/resource';

type LessonRecord = Schema['Lesson']['type'];

/** The fields of a Lesson record the Lessons tab shows and keeps live (relations left out). */
export type AdminLesson = Pick<
  LessonRecord,
  | 'id'
  | 'courseId'
  | 'title'
  | 'description'
  | 'position'
  | 'durationSeconds'
  | 'freePreview'
  | 'status'
  | 'videoStatus'
  | 'videoProgressPercent'
  | 'videoFailureReason'
  | 'sourceKey'
  | 'hlsPrefix'
  | 'posterKey'
>;

export type PublicationStatus = Schema['PublicationStatus']['type'];
export type VideoStatus = Schema['VideoStatus']['type'];
