import { compareKeys, encodeCursor, firstAfterKey, type SortKey } from './cursor.js';

export interface Page<T> {
  items: T[];
  /** The cursor of the following page; null on the last page. */
  next: string | null;
}

/** How a list is ordered: each row's sort key, and (when not ascending by key) how a row compares to one. */
export interface ListOrder<T> {
  keyOf: (row: T) => SortKey;
  /** Default: ascending by `keyOf` (compareKeys). */
  compare?: (row: T, key: SortKey) => number;
}

/**
 * One page of rows sorted by `order` (keys unique) that `keep` accepts: the first `limit` of them
 * after the cursor's key. Reading every page in turn gives every such row once; only the rows up
 * to the page's end (and one more match) are looked at.
 */
export function pageOf<T>(
  sorted: readonly T[],
  order: ListOrder<T>,
  after: SortKey | null,
  limit: number,
  keep: (row: T) => boolean = () => true,
): Page<T> {
  const { keyOf, compare = (row: T, key: SortKey) => compareKeys(keyOf(row), key) } = order;
  const items: T[] = [];
  let i = firstAfterKey(sorted, after, compare);
  for (; i < sorted.length && items.length < limit; i++) if (keep(sorted[i])) items.push(sorted[i]);
  let more = false;
  for (; i < sorted.length && !more; i++) more = keep(sorted[i]);
  return { items, next: more && items.length > 0 ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
