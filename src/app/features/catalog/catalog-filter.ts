import { CatalogCourse, INSTRUMENTS, Instrument, LEVELS, Level, enumLabel } from '../../shared/catalog-types';

export interface CatalogFilter {
  readonly q: string;
  readonly instrument: Instrument | null;
  readonly level: Level | null;
}

export const EMPTY_FILTER: CatalogFilter = { q: '', instrument: null, level: null };

/** URL query params as Angular's router hands them over (values may be arrays when repeated). */
export type RawQueryParams = Readonly<Record<string, unknown>>;

/** Query params that represent a filter; `null` removes a key when merged by the router. */
export interface FilterQueryParams {
  q: string | null;
  instrument: Instrument | null;
  level: Level | null;
}

function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function firstString(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function pick<T extends string>(allowed: readonly T[], value: unknown): T | null {
  const candidate = firstString(value).trim().toUpperCase();
  return (allowed as readonly string[]).includes(candidate) ? (candidate as T) : null;
}

/** Reads a filter from URL query params, ignoring unknown instruments/levels so a bad link shows everything. */
export function filterFromQueryParams(params: RawQueryParams): CatalogFilter {
  return {
    q: firstString(params['q']).trim(),
    instrument: pick(INSTRUMENTS, params['instrument']),
    level: pick(LEVELS, params['level']),
  };
}

/** The inverse of filterFromQueryParams; empty parts become null so they disappear from the URL. */
export function filterToQueryParams(filter: CatalogFilter): FilterQueryParams {
  const q = filter.q.trim();
  return { q: q === '' ? null : q, instrument: filter.instrument, level: filter.level };
}

export function isFilterActive(filter: CatalogFilter): boolean {
  return filter.q.trim() !== '' || filter.instrument !== null || filter.level !== null;
}

type SearchableCourse = Pick<CatalogCourse, 'title' | 'summary' | 'description' | 'instrument' | 'level'>;

/**
 * Keeps the courses matching every part of the filter. The text matches when each of its words
 * appears (case- and accent-insensitively) in the title, summary, description, instrument or level.
 */
export function filterCourses<T extends SearchableCourse>(courses: readonly T[], filter: CatalogFilter): T[] {
  const words = normalize(filter.q).split(/\s+/).filter((word) => word !== '');
  return courses.filter((course) => {
    if (filter.instrument !== null && course.instrument !== filter.instrument) return false;
    if (filter.level !== null && course.level !== filter.level) return false;
    if (words.length === 0) return true;
    const haystack = normalize(
      [course.title, course.summary, course.description, enumLabel(course.instrument), enumLabel(course.level)].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

export interface InstrumentCount {
  readonly instrument: Instrument;
  readonly count: number;
}

/**
 * How many courses each instrument has, in the usual instrument order, leaving out instruments
 * with none; the `selected` one stays even then, so a filter from a link can still be seen and undone.
 */
export function instrumentCounts(
  courses: readonly Pick<CatalogCourse, 'instrument'>[],
  selected: Instrument | null,
): InstrumentCount[] {
  return INSTRUMENTS.map((instrument) => ({
    instrument,
    count: courses.filter((course) => course.instrument === instrument).length,
  })).filter(({ instrument, count }) => count > 0 || instrument === selected);
}
