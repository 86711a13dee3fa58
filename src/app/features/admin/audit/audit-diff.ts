import type { JsonObject } from './audit-entry';

export interface FieldChange {
  readonly field: string;
  /** "—" when the field did not exist on that side. */
  readonly before: string;
  readonly after: string;
}

const ABSENT = '—';

/** The fields whose value differs between before and after (a created record has only after), in a stable order. */
export function changedFields(before: JsonObject | null, after: JsonObject | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return fields
    .filter((field) => canonical(before?.[field]) !== canonical(after?.[field]))
    .map((field) => ({ field: fieldLabel(field), before: display(before?.[field]), after: display(after?.[field]) }));
}

/** "priceCents" → "Price cents", "free_preview" → "Free preview". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function display(value: unknown): string {
  if (value === undefined || value === null || value === '') return ABSENT;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.join(', ');
  return canonical(value);
}

/** JSON with object keys sorted, so that equal values compare equal whatever their key order; absent and null are alike. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}
