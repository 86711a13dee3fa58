import type { Schema } from '../../../../../amplify/data/resource';

type LessonMaterial = Schema['LessonMaterial']['type'];
type Lesson = Schema['Lesson']['type'];

export type MaterialItem = Pick<LessonMaterial, 'id' | 'lessonId' | 'title' | 'contentType' | 'sizeBytes'>;
export type LessonRef = Pick<Lesson, 'id' | 'title' | 'position'>;

export interface MaterialGroup {
  /** null for the course-wide materials. */
  readonly lessonId: string | null;
  readonly heading: string;
  readonly materials: readonly MaterialItem[];
}

const byTitle = (a: MaterialItem, b: MaterialItem) => a.title.localeCompare(b.title);

/**
 * "Whole course" first (always, so the tab has a place to start), then one group per lesson that
 * has materials, in lesson order. A material whose lesson is gone is shown as course-wide rather than hidden.
 */
export function groupMaterials(materials: readonly MaterialItem[], lessons: readonly LessonRef[]): MaterialGroup[] {
  const lessonIds = new Set(lessons.map((lesson) => lesson.id));
  const courseWide = materials.filter((material) => !material.lessonId || !lessonIds.has(material.lessonId));
  const perLesson = [...lessons]
    .sort((a, b) => a.position - b.position)
    .map((lesson) => ({
      lessonId: lesson.id,
      heading: $localize`:@@admin.materials.lessonGroup:Lesson ${lesson.position}:position:: ${lesson.title}:title:`,
      materials: materials.filter((material) => material.lessonId === lesson.id).sort(byTitle),
    }))
    .filter((group) => group.materials.length > 0);
  return [{ lessonId: null, heading: $localize`:@@admin.materials.wholeCourse:Whole course`, materials: [...courseWide].sort(byTitle) }, ...perLesson];
}

/** What kind of file a material is, in words. */
export function materialType(contentType: string): string {
  const type = contentType.toLowerCase();
  if (type === 'application/pdf') return 'PDF';
  if (type.startsWith('audio/')) return $localize`:@@admin.materials.type.audio:Audio`;
  return $localize`:@@admin.materials.type.file:File`;
}

const UNITS = ['KB', 'MB', 'GB'] as const;

/** Decimal units, as operating systems show file sizes: 999 B, 1.5 KB, 12 MB, 2.1 GB. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  let value = bytes;
  let unit: (typeof UNITS)[number] = 'KB';
  for (const next of UNITS) {
    value /= 1000;
    unit = next;
    if (value < 999.95 || next === 'GB') break;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}
