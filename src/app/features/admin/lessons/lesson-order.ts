/** Pure ordering helpers for the Lessons tab: what moving one row does to the list and what the server is sent. */

/** A new array with the item at `from` moved to `to` (both clamped to the list); the input is left unchanged. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const moved = [...items];
  if (moved.length === 0) return moved;
  const source = clamp(from, moved.length);
  const target = clamp(to, moved.length);
  const [item] = moved.splice(source, 1);
  moved.splice(target, 0, item);
  return moved;
}

/** The ids in list order: adminReorderLessons' lessonIds. */
export function idsInOrder(items: readonly { readonly id: string }[]): string[] {
  return items.map((item) => item.id);
}

/** Positions 1..n in list order, as the server numbers them after a reorder. */
export function renumber<T extends { readonly position: number }>(items: readonly T[]): T[] {
  return items.map((item, index) => (item.position === index + 1 ? item : { ...item, position: index + 1 }));
}

/** A copy sorted by position (the server's order). */
export function byPosition<T extends { readonly position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}

function clamp(index: number, length: number): number {
  return Math.min(Math.max(index, 0), length - 1);
}
