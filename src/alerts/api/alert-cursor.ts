import { invalid } from '../../platform/errors.js';

/** A cursor is an alert's log position in decimal: it orders alerts and fits a signed 64-bit integer. */
export const CURSOR_PATTERN = /^\d{1,18}$/;
export const CURSOR_MESSAGE = 'must be a cursor: the next (or an SSE id) given by this service';

/** The position a cursor names; null when absent; a 400 naming `field` when it is no cursor. */
export function parseCursor(raw: string | undefined, field: string): bigint | null {
  if (raw === undefined || raw === '') return null;
  if (!CURSOR_PATTERN.test(raw)) throw invalid(field, CURSOR_MESSAGE);
  return BigInt(raw);
}
