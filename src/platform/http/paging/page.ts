import { compareKeys, encodeCursor, type SortKey } from './cursor.js';

export interface Page<T> {
  items: T[];
  /** The cursor of the following page; null on the last page. */
  next: string | null;
}

/**
 * One page of rows sorted by `keyOf` (ascending, keys unique) that `keep` accepts: the first
 * `limit` of them after the cursor's key. Reading every page in turn gives every such row once;
 * only the rows up to the page's end (and one more match) are looked at.
 */
export function pageOf<T>(
  sorted: readonly T[],
  keyOf: (row: T) => SortKey,
  after: SortKey | null,
  limit: number,
  keep: (row: T) => boolean = () => true,
): Page<T> {
  const items: T[] = [];
  let i = after === null ? 0 : firstAfter(sorted, keyOf, after);
  for (; i < sorted.length && items.length < limit; i++) if (keep(sorted[i])) items.push(sorted[i]);
  let more = false;
  for (; i < sorted.length && !more; i++) more = keep(sorted[i]);
  return { items, next: more && items.length > 0 ? encodeCursor(keyOf(items[items.length - 1])) : null };
}

/** Index of the first row whose key is after `after` (binary search). */
function firstAfter<T>(sorted: readonly T[], keyOf: (row: T) => SortKey, after: SortKey): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keyOf(sorted[mid]), after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
