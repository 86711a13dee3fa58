import { computed, signal } from '@angular/core';
import { Page, toBackendError } from '../../../core/data/backend-call';
import type { AdminCourse } from './admin-course';
import { ALL_COURSES, CourseListQuery } from './course-list-query';

/** Reads at most this many pages in a row to fill one view when the filter leaves pages empty. */
export const MAX_READS_PER_LOAD = 10;

export type FetchCoursePage = (query: CourseListQuery, nextToken: string | null) => Promise<Page<AdminCourse>>;

/**
 * The course list's rows with "Load more" paging on nextToken. A new query starts over; answers to
 * an older query are dropped, so typing fast never shows stale rows. Because the server filters
 * after reading, a page can come back empty with more to read: one load keeps reading until it
 * finds rows or reaches the end (at most MAX_READS_PER_LOAD pages).
 */
export class CoursePager {
  private readonly rows = signal<readonly AdminCourse[]>([]);
  private readonly next = signal<string | null>(null);
  private readonly busy = signal(false);
  private readonly started = signal(false);
  private readonly failure = signal<string | null>(null);
  private query: CourseListQuery = ALL_COURSES;
  private generation = 0;

  readonly courses = this.rows.asReadonly();
  readonly loading = this.busy.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly hasMore = computed(() => this.next() !== null);
  /** True until the first page of the current query has arrived (or failed). */
  readonly firstLoad = computed(() => !this.started() || (this.busy() && this.rows().length === 0));

  constructor(private readonly fetchPage: FetchCoursePage) {}

  /** Shows the first page of `query`, dropping what was shown. */
  reset(query: CourseListQuery): Promise<void> {
    this.generation++;
    this.query = query;
    this.rows.set([]);
    this.next.set(null);
    this.started.set(true);
    return this.load(null);
  }

  /** Appends the next page, if any (ignored while a load is in flight). */
  more(): Promise<void> {
    const token = this.next();
    if (this.busy() || token === null) return Promise.resolve();
    return this.load(token);
  }

  /** Repeats the load that failed: the first page, or the next one. */
  retry(): Promise<void> {
    return this.rows().length === 0 ? this.reset(this.query) : this.load(this.next());
  }

  private async load(token: string | null): Promise<void> {
    const generation = this.generation;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const found: AdminCourse[] = [];
      let nextToken = token;
      let reads = 0;
      do {
        const page = await this.fetchPage(this.query, nextToken);
        if (generation !== this.generation) return;
        found.push(...page.items);
        nextToken = page.nextToken;
        reads++;
      } while (found.length === 0 && nextToken !== null && reads < MAX_READS_PER_LOAD);
      this.rows.update((rows) => [...rows, ...found]);
      this.next.set(nextToken);
    } catch (thrown) {
      if (generation !== this.generation) return;
      this.failure.set(toBackendError(thrown).message);
    } finally {
      if (generation === this.generation) this.busy.set(false);
    }
  }
}
