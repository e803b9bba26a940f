import { invalid } from '../errors.js';

/** A sort key: the values a list is ordered by, the last one unique (an id). */
export type SortKey = readonly (string | number)[];

export const KEY_CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,400}$/;
export const KEY_CURSOR_MESSAGE = 'must be a cursor: the `next` of an earlier page of the same list';

/**
 * An opaque cursor holding the sort key of the last row a page gave: the next page starts after
 * that key, not after a count of rows, so pages stay exact while rows are added elsewhere.
 */
export function encodeKeyCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor holds; null when absent; a 400 naming `field` when it is not a cursor of
 * this list (`shape` says which types the key has, in order).
 */
export function decodeKeyCursor(raw: string | undefined, field: string, shape: readonly ('string' | 'number')[]): SortKey | null {
  if (raw === undefined || raw === '') return null;
  let key: unknown;
  try {
    key = KEY_CURSOR_PATTERN.test(raw) ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : null;
  } catch {
    key = null;
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) => typeof v === shape[i] && (typeof v !== 'number' || Number.isSafeInteger(v)));
  if (!fits) throw invalid(field, KEY_CURSOR_MESSAGE);
  return key as SortKey;
}

/** Index of the first row whose key is after `after` in rows sorted by `compare` (a binary search). */
export function firstAfterKey<T>(rows: readonly T[], after: SortKey | null, compare: (row: T, key: SortKey) => number): number {
  if (after === null) return 0;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(rows[mid], after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A page of sorted rows after `after`, and the cursor of the next page: null when this page is the last. */
export function pageAfter<T>(
  rows: readonly T[],
  after: SortKey | null,
  limit: number,
  keyOf: (row: T) => SortKey,
  compare: (row: T, key: SortKey) => number,
): { rows: T[]; next: string | null } {
  const start = firstAfterKey(rows, after, compare);
  const page = rows.slice(start, start + limit);
  const more = start + limit < rows.length;
  return { rows: page, next: more && page.length > 0 ? encodeKeyCursor(keyOf(page[page.length - 1])) : null };
}
