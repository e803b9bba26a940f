import { invalid } from '../../errors.js';

/** The sort key of a list row: compared part by part, strings by code unit, numbers numerically. */
export type SortKey = readonly (string | number)[];

export const CURSOR_FIELD_MESSAGE = 'must be the `next` of an earlier page of this list';

/** An opaque cursor: the sort key of the last row given, so that pages stay stable as rows are added. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key a cursor names; null when absent; a 400 naming `cursor` when it is not one of ours. */
export function decodeCursor(raw: string | undefined, parts: number): SortKey | null {
  if (raw === undefined || raw === '') return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid('cursor', CURSOR_FIELD_MESSAGE);
  }
  const ok = Array.isArray(key) && key.length === parts && key.every((p) => typeof p === 'string' || typeof p === 'number');
  if (!ok) throw invalid('cursor', CURSOR_FIELD_MESSAGE);
  return key as SortKey;
}

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
