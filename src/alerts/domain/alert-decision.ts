import type { PersonClassification } from './person-classification.js';

/** The closest of the levels a person was alerted at (1 is closer than 2); null when never alerted. */
export function closestLevel(levels: Iterable<number>): number | null {
  let closest: number | null = null;
  for (const level of levels) if (closest === null || level < closest) closest = level;
  return closest;
}

/** Whether an alert at `level` would bring the person closer than every alert they had. */
export function bringsCloser(level: number, closestAlerted: number | null): boolean {
  return closestAlerted === null || level < closestAlerted;
}

/**
 * DESIGN 3 "Alerts": a person is alerted when their classification first appears or gets closer
 * (F2 → F1), up to ALERT_DEPTH, so at most once per level. `isCase`: they are an active confirmed
 * case now, whom no alert tells to quarantine, whatever chains reach them. Returns the
 * classification to alert, or null. Anything else (another case at the same level, a later last
 * exposure, a farther level) changes the status, not the alert feed.
 */
export function alertToRaise(
  classification: PersonClassification | null,
  closestAlerted: number | null,
  { alertDepth, isCase }: { alertDepth: number; isCase: boolean },
): PersonClassification | null {
  if (classification === null || isCase || classification.level > alertDepth) return null;
  return bringsCloser(classification.level, closestAlerted) ? classification : null;
}
