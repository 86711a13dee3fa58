import { invalidParam, noSuchObject } from './errors';
import type { AcceptedParams } from './accepted-params';
import type { Params } from './form-params';
import type { ListObject } from './objects';
import { optionalInteger, optionalString } from './param-readers';

/** What every list endpoint takes: the SDK's auto-pagination sends `starting_after` (or `ending_before`) by itself. */
export const pageParams: AcceptedParams = { limit: 'value', starting_after: 'value', ending_before: 'value' };

/**
 * One page of `items` (already in the list's order) as Stripe pages lists: `limit` items (10 by default) after the
 * `starting_after` id, or the `limit` items just before the `ending_before` id. `kind` names the items in errors.
 */
export function listPage<T extends { id: string }>(items: readonly T[], params: Params, url: string, kind: string): ListObject<T> {
  const limit = optionalInteger(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidParam('limit', 'This value must be between 1 and 100.');
  const after = optionalString(params, 'starting_after');
  const before = optionalString(params, 'ending_before');
  if (after !== null && before !== null) {
    throw invalidParam('ending_before', 'You may only specify one of these parameters: ending_before, starting_after.');
  }
  if (before !== null) {
    const end = indexOf(items, before, 'ending_before', kind);
    const start = Math.max(0, end - limit);
    return { object: 'list', data: items.slice(start, end), has_more: start > 0, url };
  }
  const start = after === null ? 0 : indexOf(items, after, 'starting_after', kind) + 1;
  return { object: 'list', data: items.slice(start, start + limit), has_more: items.length > start + limit, url };
}

function indexOf(items: readonly { id: string }[], id: string, param: string, kind: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw noSuchObject(kind, id, param);
  return index;
}
