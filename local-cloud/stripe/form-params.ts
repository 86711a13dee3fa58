/** A value decoded from Stripe's bracket notation (`line_items[0][price_data][unit_amount]=500`). */
export type ParamValue = string | ParamValue[] | Params;
export interface Params {
  [key: string]: ParamValue;
}

/**
 * Decodes a form-encoded body or query string; `a[]` appends, objects with only index keys become arrays. Objects
 * have no prototype, so a key such as `__proto__` is an ordinary (unknown) parameter, not a way into Object.prototype.
 */
export function parseParams(encoded: string): Params {
  const root: Params = Object.create(null);
  for (const [rawKey, value] of new URLSearchParams(encoded)) {
    assign(root, splitKey(rawKey), value);
  }
  return normalize(root) as Params;
}

function splitKey(rawKey: string): string[] {
  const open = rawKey.indexOf('[');
  if (open <= 0) return [rawKey];
  const parts = [rawKey.slice(0, open)];
  for (const match of rawKey.slice(open).matchAll(/\[([^\]]*)\]/g)) parts.push(match[1] ?? '');
  return parts;
}

function assign(target: Params, path: string[], value: string): void {
  let node = target;
  path.forEach((segment, index) => {
    const key = segment === '' ? String(Object.keys(node).length) : segment;
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || Array.isArray(next)) node[key] = Object.create(null);
    node = node[key] as Params;
  });
}

function normalize(value: ParamValue): ParamValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const key of keys) value[key] = normalize(value[key] as ParamValue);
  const isList = keys.length > 0 && keys.every((key) => /^\d+$/.test(key));
  if (!isList) return value;
  return keys
    .map((key) => [Number(key), value[key] as ParamValue] as const)
    .sort(([a], [b]) => a - b)
    .map(([, item]) => item);
}
