import type { DataClientService } from '../core/data/data-client';
import { CatalogCourse } from './catalog-types';

interface GraphQlErrorLike {
  readonly message: string;
  readonly errorType?: string;
}

/** A failed backend call, keeping the GraphQL errorType (e.g. 'Unauthorized') for callers that branch on it. */
export class BackendError extends Error {
  constructor(
    message: string,
    readonly errorType?: string,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

export function throwIfErrors(errors: readonly GraphQlErrorLike[] | undefined | null): void {
  const first = errors?.[0];
  if (first) throw new BackendError(first.message, first.errorType);
}

export function isPresent<T>(value: T | null | undefined): value is T {
  return value != null;
}

/** The published catalog (the backend already hides drafts). */
export async function fetchCatalog(data: DataClientService): Promise<CatalogCourse[]> {
  const { data: courses, errors } = await data.client.queries.listCatalog({ authMode: data.authMode() });
  throwIfErrors(errors);
  return (courses ?? []).filter(isPresent);
}

/** One published course, or null when it does not exist (or is not published). */
export async function fetchCatalogCourse(data: DataClientService, courseId: string): Promise<CatalogCourse | null> {
  const { data: course, errors } = await data.client.queries.getCatalogCourse({ courseId }, { authMode: data.authMode() });
  throwIfErrors(errors);
  return course ?? null;
}

interface Page<T> {
  readonly data: readonly (T | null)[];
  readonly nextToken?: string | null;
  readonly errors?: readonly GraphQlErrorLike[];
}

/** Follows nextToken until the list is exhausted (model list calls return pages). */
export async function listAllPages<T>(fetchPage: (nextToken: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await fetchPage(nextToken);
    throwIfErrors(page.errors);
    items.push(...page.data.filter(isPresent));
    nextToken = page.nextToken ?? undefined;
  } while (nextToken);
  return items;
}
