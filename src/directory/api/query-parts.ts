import { invalid } from '../../platform/errors.js';
import { foldForSearch } from '../../platform/text/fold-for-search.js';
import { parseInstant } from '../../platform/time/instants.js';
import type { TimeRange } from '../application/visits/visit-reader.js';

/** `q` as the words a folded name must contain; undefined when absent. */
export function searchWords(q: string | undefined): string[] | undefined {
  if (q === undefined) return undefined;
  const words = foldForSearch(q).split(' ').filter(Boolean);
  if (words.length === 0) throw invalid('q', 'must contain at least one letter or digit');
  return words;
}

/** `from`..`to`, each open when absent; a 400 naming `to` when it is before `from`. */
export function timeRange(from: string | undefined, to: string | undefined): TimeRange {
  const range = { from: from ? parseInstant(from) : -Infinity, to: to ? parseInstant(to) : Infinity };
  if (range.from > range.to) throw invalid('to', 'must not be before from');
  return range;
}
