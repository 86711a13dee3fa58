import { Injectable } from '@angular/core';

const KEY_PREFIX = 'play-along:last-visit:v1:';

/**
 * What a page last received from a public query, kept in localStorage so that the page opens
 * offline. Only ever given public catalog data (see CatalogLastVisit): never media, playback or
 * anything paid. A full or unavailable storage only means nothing is remembered.
 */
@Injectable({ providedIn: 'root' })
export class LastVisitStore {
  save(key: string, value: unknown): void {
    try {
      localStorage.setItem(KEY_PREFIX + key, JSON.stringify(value));
    } catch {
      // Quota exceeded or storage disabled: the page simply will not open offline.
    }
  }

  /** What was saved under this key, as it was saved; null when nothing was. */
  read<T>(key: string): T | null {
    try {
      const saved = localStorage.getItem(KEY_PREFIX + key);
      return saved === null ? null : (JSON.parse(saved) as T);
    } catch {
      return null;
    }
  }
}
