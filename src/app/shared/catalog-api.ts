import { backendCall } from '../core/data/backend-call';
import type { DataClientService } from '../core/data/data-client';
import { CatalogCourse } from './catalog-types';

/** The published catalog (the backend already hides drafts). */
export async function fetchCatalog(data: DataClientService): Promise<CatalogCourse[]> {
  const courses = await backendCall(data.client.queries.listCatalog({ authMode: data.authMode() }));
  return (courses ?? []).filter((course): course is CatalogCourse => course != null);
}

/** One published course, or null when it does not exist (or is not published). */
export async function fetchCatalogCourse(data: DataClientService, courseId: string): Promise<CatalogCourse | null> {
  const course = await backendCall(data.client.queries.getCatalogCourse({ courseId }, { authMode: data.authMode() }));
  return course ?? null;
}
