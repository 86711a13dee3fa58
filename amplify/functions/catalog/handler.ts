import type { Schema } from '../../data/resource';
import { appSyncCorrelation } from '../shared/appsync-event';
import { badRequest, resolveWith } from '../shared/errors';
import { correlate } from '../shared/logger';
import { getCourse, listLessons, listMaterials, listPublishedCourses, signArtUrl } from './catalog-store';
import type { CatalogCourse, CourseRecord } from './records';
import { getCatalogCourseArgs } from './schema';
import { toCatalogCourse } from './to-catalog-course';

type ListCatalog = Schema['listCatalog']['functionHandler'];
type GetCatalogCourse = Schema['getCatalogCourse']['functionHandler'];
type CatalogEvent = Parameters<ListCatalog>[0] | Parameters<GetCatalogCourse>[0];

export const listCatalog = async (): Promise<CatalogCourse[]> => {
  const courses = await listPublishedCourses();
  return Promise.all(courses.map(describe));
};

export const getCatalogCourse = async (rawArguments: unknown): Promise<CatalogCourse | null> => {
  const parsed = getCatalogCourseArgs.safeParse(rawArguments);
  if (!parsed.success) throw badRequest('courseId is required');
  const course = await getCourse(parsed.data.courseId);
  return course?.status === 'PUBLISHED' ? describe(course) : null;
};

/** Serves both catalog queries; drafts never leave this function. */
export const handler = async (event: CatalogEvent): Promise<CatalogCourse[] | CatalogCourse | null> => {
  correlate(appSyncCorrelation(event));
  return resolveWith(async () => {
    switch (event.info.fieldName) {
      case 'listCatalog':
        return listCatalog();
      case 'getCatalogCourse':
        return getCatalogCourse(event.arguments);
      default:
        throw badRequest(`catalog does not serve ${event.info.fieldName}`);
    }
  });
};

async function describe(course: CourseRecord): Promise<CatalogCourse> {
  const [lessons, materials, artUrl] = await Promise.all([
    listLessons(course.id),
    listMaterials(course.id),
    signArtUrl(course.artKey),
  ]);
  return toCatalogCourse(course, lessons, materials, artUrl);
}
