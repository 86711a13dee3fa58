import { Injectable, inject } from '@angular/core';
import { BackendError, Page, backendCall, backendPage } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { ADMIN_COURSE_FIELDS, AdminCourse, CourseInput, CourseStatus } from './admin-course';
import { CourseListQuery, titleVariants } from './course-list-query';

/** Courses read per request; the filter runs after the read, so a page may hold fewer (even none). */
export const COURSE_PAGE_SIZE = 20;

/**
 * The admin studio's course reads (the Course model, readable by ADMINS only) and writes (the
 * function-backed admin* mutations, which validate and audit). Every call goes through backendCall,
 * so a refusal arrives as a BackendError with the server's reason.
 */
@Injectable({ providedIn: 'root' })
export class AdminCourses {
  private readonly data = inject(DataClientService);

  /** One page of every course, drafts included, that matches the query. */
  async page(query: CourseListQuery, nextToken: string | null): Promise<Page<AdminCourse>> {
    return backendPage<AdminCourse>(
      this.data.client.models.Course.list({
        filter: courseFilter(query),
        limit: COURSE_PAGE_SIZE,
        nextToken,
        selectionSet: ADMIN_COURSE_FIELDS,
      }),
    );
  }

  /** The course, or null when no course has this id. */
  async get(id: string): Promise<AdminCourse | null> {
    const course = await backendCall(this.data.client.models.Course.get({ id }, { selectionSet: ADMIN_COURSE_FIELDS }));
    return course ?? null;
  }

  async create(input: CourseInput): Promise<AdminCourse> {
    return returned(await backendCall(this.data.client.mutations.adminCreateCourse(input)));
  }

  async update(id: string, input: CourseInput): Promise<AdminCourse> {
    return returned(await backendCall(this.data.client.mutations.adminUpdateCourse({ id, ...input })));
  }

  /** Publishing is refused (conflict, with the reason) while no published lesson has a ready video. */
  async setStatus(id: string, status: CourseStatus): Promise<AdminCourse> {
    return returned(await backendCall(this.data.client.mutations.adminSetCourseStatus({ id, status })));
  }

  /** Refused (conflict) while students are enrolled. */
  async delete(id: string): Promise<void> {
    await backendCall(this.data.client.mutations.adminDeleteCourse({ id }));
  }
}

type CourseFilter = NonNullable<Parameters<DataClientService['client']['models']['Course']['list']>[0]>['filter'];

function courseFilter(query: CourseListQuery): CourseFilter {
  const conditions: NonNullable<CourseFilter>[] = [];
  if (query.status) conditions.push({ status: { eq: query.status } });
  if (query.q) conditions.push({ or: titleVariants(query.q).map((variant) => ({ title: { contains: variant } })) });
  return conditions.length ? { and: conditions } : undefined;
}

/**
 * Only the plain fields: a model returned by a custom mutation carries lazy-loading functions for its
 * relations, which history.pushState cannot clone when the course travels in the navigation state.
 */
function returned(course: AdminCourse | null | undefined): AdminCourse {
  if (!course) throw new BackendError('server', $localize`:@@admin.courses.error.noCourse:The server did not return the course. Please reload the page.`);
  return Object.fromEntries(ADMIN_COURSE_FIELDS.map((field) => [field, course[field]])) as AdminCourse;
}
