import type { CourseStatus } from './admin-course';

/** What the course list shows, kept in the URL (`?q=&status=draft|published`) so it survives a reload. */
export interface CourseListQuery {
  readonly q: string;
  readonly status: CourseStatus | null;
}

export const ALL_COURSES: CourseListQuery = { q: '', status: null };

const STATUS_PARAMS: Readonly<Record<string, CourseStatus>> = { draft: 'DRAFT', published: 'PUBLISHED' };

/** Reads the query from URL params; an unknown status shows every course. */
export function queryFromParams(params: Readonly<Record<string, unknown>>): CourseListQuery {
  const status = STATUS_PARAMS[firstString(params['status']).trim().toLowerCase()] ?? null;
  return { q: firstString(params['q']).trim(), status };
}

/** The inverse of queryFromParams; empty parts become null so the router drops them from the URL. */
export function queryToParams(query: CourseListQuery): { q: string | null; status: string | null } {
  const q = query.q.trim();
  return { q: q === '' ? null : q, status: query.status ? query.status.toLowerCase() : null };
}

export function isQueryActive(query: CourseListQuery): boolean {
  return query.q !== '' || query.status !== null;
}

/**
 * The spellings of a search the title filter tries. DynamoDB's `contains` is case-sensitive, so
 * "blues" also looks for "Blues" and "BLUES" (titles are usually in title case).
 */
export function titleVariants(q: string): string[] {
  const text = q.trim();
  const titleCase = text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase());
  const firstUpper = text.charAt(0).toUpperCase() + text.slice(1);
  return [...new Set([text, text.toLowerCase(), firstUpper, titleCase, text.toUpperCase()])].filter((variant) => variant !== '');
}

function firstString(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}
