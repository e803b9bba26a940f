import type { Request } from 'express';
import { invalid } from '../../platform/errors.js';

export const PURPOSE_HEADER = 'X-Purpose';
export const PURPOSE_MAX_LENGTH = 200;

/**
 * Why the caller reads or writes, as they say it in X-Purpose (optional; required for an export,
 * which takes many people's data out of the service): at most 200 printable characters.
 * Non-ASCII text arrives as the header's bytes read as Latin-1, so it is read back as UTF-8.
 */
export function purposeOf(req: Request, required: boolean): string | null {
  const raw = req.headers[PURPOSE_HEADER.toLowerCase()];
  const value = Array.isArray(raw) ? raw.join(', ') : raw;
  const purpose = value === undefined ? '' : Buffer.from(value, 'latin1').toString('utf8').trim();
  if (purpose === '') {
    if (required) throw invalid(PURPOSE_HEADER, 'required for a CSV export: say why the data leaves the service, e.g. "F1 call list for case P1"');
    return null;
  }
  if ([...purpose].length > PURPOSE_MAX_LENGTH || /\p{Cc}/u.test(purpose)) {
    throw invalid(PURPOSE_HEADER, `must be at most ${PURPOSE_MAX_LENGTH} printable characters`);
  }
  return purpose;
}
