import type { TracingQuality } from '../measure/tracing-quality.js';
import { int, pct } from './format.js';

export const TRACING_HEADER = [
  'MIN_OVERLAP_MINUTES',
  'INFECTIOUS_LOOKBACK_DAYS',
  'true infections found at F1',
  'at F1–F2',
  'at F1–F3',
  'people flagged per infection found, F1 / F1–F2 / F1–F3',
];

/** One row per setting of the grid; the counts behind each share are in the JSON. */
export function tracingRows(t: TracingQuality): string[][] {
  return t.rows.map((r) => [
    String(r.minOverlapMinutes),
    String(r.lookbackDays),
    `${pct(r.recall[0])} (${int(r.found[0])}/${int(r.trueInfections[0])})`,
    `${pct(r.recall[1])} (${int(r.found[1])}/${int(r.trueInfections[1])})`,
    `${pct(r.recall[2])} (${int(r.found[2])}/${int(r.trueInfections[2])})`,
    r.burden.map((b) => b.toFixed(1)).join(' / '),
  ]);
}
