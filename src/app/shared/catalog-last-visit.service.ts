import { Injectable, inject } from '@angular/core';
import { AuthService } from '../core/auth/auth.service';
import { BackendError } from '../core/data/backend-call';
import { DataClientService } from '../core/data/data-client';
import { LastVisitStore } from '../core/offline/last-visit-store';
import { fetchCatalog, fetchCatalogCourse } from './catalog-api';
import type { CatalogCourse } from './catalog-types';

/**
 * The public catalog queries (listCatalog, getCatalogCourse) for the catalog and course pages, which
 * open offline from the last visit: each answer is remembered per viewer, and given back only when
 * the backend cannot be reached. The service worker cannot do this: it never caches the API (a
 * GraphQL POST). Nothing else is remembered, and the course art's signed URL is dropped.
 */
@Injectable({ providedIn: 'root' })
export class CatalogLastVisit {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly store = inject(LastVisitStore);

  catalog(): Promise<CatalogCourse[]> {
    return this.remembered('catalog', () => fetchCatalog(this.data), (courses) => courses.map(withoutSignedUrl));
  }

  /** One published course, or null when it does not exist (or is not published). */
  course(courseId: string): Promise<CatalogCourse | null> {
    return this.remembered(`course:${courseId}`, () => fetchCatalogCourse(this.data, courseId), (course) => course && withoutSignedUrl(course));
  }

  private async remembered<T>(key: string, fetchFresh: () => Promise<T>, toStored: (fresh: T) => T): Promise<T> {
    // Per viewer: a course's access (owned, membership) belongs to the signed-in user.
    const viewerKey = `${this.auth.user()?.userId ?? 'guest'}:${key}`;
    try {
      const fresh = await fetchFresh();
      this.store.save(viewerKey, toStored(fresh));
      return fresh;
    } catch (error) {
      const last = error instanceof BackendError && error.kind === 'network' ? this.store.read<T>(viewerKey) : null;
      if (last === null) throw error;
      return last;
    }
  }
}

/** Art is shown through a short-lived signed URL: offline it could not load, and it is never stored. */
function withoutSignedUrl(course: CatalogCourse): CatalogCourse {
  return { ...course, artUrl: null };
}
