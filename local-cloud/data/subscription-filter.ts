/**
 * Decides whether a published item reaches a subscriber, given the model subscription filter
 * (`ModelSubscription<Model>FilterInput`) that the subscription's resolvers left after narrowing the
 * client's filter with the caller's authorization (owner rules add `{ or: [{ owner: { eq } }] }`).
 */
export function matchesSubscriptionFilter(filter: unknown, item: Record<string, unknown>): boolean {
  if (filter === null || filter === undefined) return true;
  if (typeof filter !== 'object') return false;
  return Object.entries(filter as Record<string, unknown>).every(([key, condition]) => {
    if (condition === null || condition === undefined) return true;
    switch (key) {
      case 'and':
        return (condition as unknown[]).every((part) => matchesSubscriptionFilter(part, item));
      case 'or':
        return (condition as unknown[]).some((part) => matchesSubscriptionFilter(part, item));
      case 'not':
        return !matchesSubscriptionFilter(condition, item);
      default:
        return matchesField(item[key], condition as Record<string, unknown>);
    }
  });
}

type Comparable = string | number | boolean;

function matchesField(value: unknown, condition: Record<string, unknown>): boolean {
  return Object.entries(condition).every(([operator, expected]) => {
    switch (operator) {
      case 'eq':
        return equals(value, expected);
      case 'ne':
        return !equals(value, expected);
      case 'lt':
        return compare(value, expected, (a, b) => a < b);
      case 'le':
        return compare(value, expected, (a, b) => a <= b);
      case 'gt':
        return compare(value, expected, (a, b) => a > b);
      case 'ge':
        return compare(value, expected, (a, b) => a >= b);
      case 'between': {
        const [low, high] = expected as [unknown, unknown];
        return compare(value, low, (a, b) => a >= b) && compare(value, high, (a, b) => a <= b);
      }
      case 'beginsWith':
        return typeof value === 'string' && value.startsWith(String(expected));
      case 'contains':
        return contains(value, expected);
      case 'notContains':
        return !contains(value, expected);
      case 'in':
        return (expected as unknown[]).some((candidate) => equals(value, candidate));
      case 'notIn':
        return !(expected as unknown[]).some((candidate) => equals(value, candidate));
      case 'attributeExists':
        return (value !== undefined && value !== null) === Boolean(expected);
      default:
        return false;
    }
  });
}

function equals(value: unknown, expected: unknown): boolean {
  return JSON.stringify(value) === JSON.stringify(expected);
}

function compare(value: unknown, expected: unknown, test: (a: Comparable, b: Comparable) => boolean): boolean {
  if (value === null || value === undefined || typeof value !== typeof expected) return false;
  return test(value as Comparable, expected as Comparable);
}

function contains(value: unknown, expected: unknown): boolean {
  if (typeof value === 'string') return value.includes(String(expected));
  if (Array.isArray(value)) return value.some((entry) => equals(entry, expected));
  return false;
}
