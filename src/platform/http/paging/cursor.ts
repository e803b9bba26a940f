import { invalid } from '../../errors.js';

/** A sort key: the values a list is ordered by, the last one unique (an id). */
export type SortKey = readonly (string | number)[];

/** The type of each part of a list's sort key, in order: what a cursor of that list must hold. */
export type KeyShape = readonly ('string' | 'number')[];

/** What a cursor looks like on the wire (base64url); the longest fits a directory row's key. */
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,2000}$/;
export const CURSOR_MESSAGE = 'must be a cursor: the `next` of an earlier page of the same list';

/**
 * An opaque cursor holding the sort key of the last row a page gave: the next page starts after
 * that key, not after a count of rows, so pages stay exact while rows are added elsewhere.
 */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor holds; null when absent; a 400 naming `field` when it is not a cursor of
 * this list (`shape` says which types the key has, in order; numbers are whole).
 */
export function decodeCursor(raw: string | undefined, field: string, shape: KeyShape): SortKey | null {
  if (raw === undefined || raw === '') return null;
  let key: unknown;
  try {
    key = CURSOR_PATTERN.test(raw) ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : null;
  } catch {
    key = null;
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) => typeof v === shape[i] && (typeof v !== 'number' || Number.isSafeInteger(v)));
  if (!fits) throw invalid(field, CURSOR_MESSAGE);
  return key as SortKey;
}

/** Ascending order of sort keys: part by part, strings by code unit, numbers numerically. */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
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
