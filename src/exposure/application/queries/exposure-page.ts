import type { Exposure } from '../../../../libs/exposure-rules/index.js';
import type { SortKey } from '../../../platform/http/paging/cursor.js';
import { pageOf, type Page } from '../../../platform/http/paging/page.js';

export interface ExposurePageRequest {
  /** Only this level; null: every level up to the depth. */
  level: number | null;
  limit: number;
  /** The sort key of the last row of the previous page. */
  after: SortKey | null;
}

/** The key the answer is ordered by (DESIGN 4): level, then exposedAt, then personId. */
export const EXPOSURE_KEY_SHAPE = ['number', 'number', 'string'] as const;

const keyOf = (e: Exposure): SortKey => [e.level, e.exposedAt, e.personId];

/** Count per level over the whole answer, every level up to the depth named (F1, F2, ...). */
export function levelSummary(exposures: readonly Exposure[], depth: number): Record<string, number> {
  const summary: Record<string, number> = {};
  for (let level = 1; level <= depth; level++) summary[`F${level}`] = 0;
  for (const e of exposures) summary[`F${e.level}`] = (summary[`F${e.level}`] ?? 0) + 1;
  return summary;
}

/**
 * One page of an answer sorted by level, exposedAt, personId: the rows after the cursor's key, so
 * that reading every page gives exactly the rows of the whole answer, each once, in order.
 */
export function exposurePage(exposures: readonly Exposure[], req: ExposurePageRequest): Page<Exposure> {
  const wanted = req.level === null ? exposures : exposures.filter((e) => e.level === req.level);
  return pageOf(wanted, { keyOf }, req.after, req.limit);
}
