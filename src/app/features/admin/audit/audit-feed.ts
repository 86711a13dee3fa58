import { type Page, backendPage } from '../../../core/data/backend-call';
import type { DataClientService } from '../../../core/data/data-client';
import { AUDIT_FIELDS, type AuditItem, toAuditItem } from './audit-entry';
import type { AuditFilter } from './audit-filter';

export const AUDIT_PAGE_SIZE = 25;
/** A course narrowed to one admin is filtered after the page is read, so a page can come back empty: read on, a few times. */
const MAX_EMPTY_READS = 5;

/**
 * One page of the audit trail, newest first, from the index that fits the filter: by course (then
 * narrowed to the admin, if one is chosen), by admin, or the feed of every entry.
 */
export async function fetchAuditPage(data: DataClientService, filter: AuditFilter, nextToken: string | null): Promise<Page<AuditItem>> {
  let page = await fetchOnce(data, filter, nextToken);
  for (let reads = 1; page.items.length === 0 && page.nextToken && reads < MAX_EMPTY_READS; reads++) {
    page = await fetchOnce(data, filter, page.nextToken);
  }
  return { items: page.items.map(toAuditItem), nextToken: page.nextToken };
}

function fetchOnce(data: DataClientService, filter: AuditFilter, nextToken: string | null) {
  const { AuditEntry } = data.client.models;
  const options = { sortDirection: 'DESC' as const, limit: AUDIT_PAGE_SIZE, nextToken, selectionSet: AUDIT_FIELDS };
  return backendPage(
    filter.courseId
      ? AuditEntry.auditByCourse(
          { courseId: filter.courseId },
          filter.actorId ? { ...options, filter: { actorId: { eq: filter.actorId } } } : options,
        )
      : filter.actorId
        ? AuditEntry.auditByActor({ actorId: filter.actorId }, options)
        : AuditEntry.auditByTime({ feed: 'ALL' }, options),
  );
}
