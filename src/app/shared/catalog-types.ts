import type { Schema } from '../../../amplify/data/resource';

export type Instrument = Schema['Instrument']['type'];
export type Level = Schema['Level']['type'];
export type CatalogCourse = Schema['CatalogCourse']['type'];
export type CatalogLesson = Schema['CatalogLesson']['type'];
export type CatalogMaterial = Schema['CatalogMaterial']['type'];
/** The caller's access to a course, as the backend decided it. */
export type CourseAccess = Schema['CourseAccess']['type'];

export const INSTRUMENTS: readonly Instrument[] = ['GUITAR', 'PIANO', 'VOICE', 'DRUMS', 'BASS', 'VIOLIN', 'UKULELE'];
export const LEVELS: readonly Level[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];

/** Human label for an enum value: 'UKULELE' → 'Ukulele'. */
export function enumLabel(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase();
}

/** The course's lessons without null holes, in curriculum order. */
export function orderedLessons(course: Pick<CatalogCourse, 'lessons'>): CatalogLesson[] {
  return (course.lessons ?? [])
    .filter((lesson): lesson is CatalogLesson => lesson != null)
    .sort((a, b) => a.position - b.position);
}
