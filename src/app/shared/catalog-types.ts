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

const LABELS: Readonly<Record<Instrument | Level, string>> = {
  GUITAR: $localize`:@@shared.instrument.guitar:Guitar`,
  PIANO: $localize`:@@shared.instrument.piano:Piano`,
  VOICE: $localize`:@@shared.instrument.voice:Voice`,
  DRUMS: $localize`:@@shared.instrument.drums:Drums`,
  BASS: $localize`:@@shared.instrument.bass:Bass`,
  VIOLIN: $localize`:@@shared.instrument.violin:Violin`,
  UKULELE: $localize`:@@shared.instrument.ukulele:Ukulele`,
  BEGINNER: $localize`:@@shared.level.beginner:Beginner`,
  INTERMEDIATE: $localize`:@@shared.level.intermediate:Intermediate`,
  ADVANCED: $localize`:@@shared.level.advanced:Advanced`,
};

/** Label of an instrument or level in the app's language: 'UKULELE' → 'Ukulele'; an unknown value is capitalised. */
export function enumLabel(value: string): string {
  return (LABELS as Readonly<Record<string, string>>)[value] ?? value.charAt(0) + value.slice(1).toLowerCase();
}

/** The course's lessons without null holes, in curriculum order. */
export function orderedLessons(course: Pick<CatalogCourse, 'lessons'>): CatalogLesson[] {
  return (course.lessons ?? [])
    .filter((lesson): lesson is CatalogLesson => lesson != null)
    .sort((a, b) => a.position - b.position);
}
