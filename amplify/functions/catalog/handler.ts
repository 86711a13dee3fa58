import type { Context } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, resolveWith } from '../shared/errors';
import { courseAccess, type Viewer } from '../shared/entitlement';
import { callerOf, claimsAdmin } from '../shared/identity';
import { correlate } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { loadViewer } from '../shared/viewer-store';
import { getCourse, listLessons, listMaterials, listPublishedCourses, signArtUrl } from './catalog-store';
import type { CatalogCourse, CourseRecord } from './records';
import { getCatalogCourseArgs } from './schema';
import { toCatalogCourse } from './to-catalog-course';

type ListCatalog = Schema['listCatalog']['functionHandler'];
type GetCatalogCourse = Schema['getCatalogCourse']['functionHandler'];
type CatalogEvent = Parameters<ListCatalog>[0] | Parameters<GetCatalogCourse>[0];

export const listCatalog = (async (event): Promise<CatalogCourse[]> => {
  const [courses, viewer] = await Promise.all([listPublishedCourses(), loadViewer(callerOf(event.identity))]);
  return Promise.all(courses.map((course) => describe(course, viewer)));
}) satisfies ListCatalog;

export const getCatalogCourse = (async (event): Promise<CatalogCourse | null> => {
  const { courseId } = parseArgs(getCatalogCourseArgs, event.arguments);
  const [course, viewer] = await Promise.all([getCourse(courseId), loadViewer(callerOf(event.identity), courseId)]);
  const visible = course?.status === 'PUBLISHED' || (course !== null && claimsAdmin(event.identity));
  return course && visible ? describe(course, viewer) : null;
}) satisfies GetCatalogCourse;

/**
 * Serves both catalog queries (AppSync routes them here by field name). Drafts never leave it,
 * except to an admin previewing one course (its art, and the published lessons students will see).
 * Each course carries the caller's access to it, decided by the shared entitlement rule.
 */
export const handler = async (event: CatalogEvent, context?: Context): Promise<CatalogCourse[] | CatalogCourse | null> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    switch (fieldNameOf(event)) {
      case 'listCatalog':
        return listCatalog(event as Parameters<ListCatalog>[0]);
      case 'getCatalogCourse':
        return getCatalogCourse(event as Parameters<GetCatalogCourse>[0]);
      default:
        throw badRequest(`catalog does not serve ${fieldNameOf(event)}`);
    }
  });
};

async function describe(course: CourseRecord, viewer: Viewer | null): Promise<CatalogCourse> {
  const [lessons, materials, artUrl] = await Promise.all([
    listLessons(course.id),
    listMaterials(course.id),
    signArtUrl(course.artKey),
  ]);
  return toCatalogCourse(course, lessons, materials, artUrl, courseAccess(viewer, course.id));
}
