import type { GraphFact } from '../../../libs/contact-graph/contact-graph.port.js';
import { OutsideWindowError } from '../../platform/errors.js';
import { toIso } from '../../platform/time/instants.js';

/**
 * Movement data (check-ins, recorded contacts) is kept only as long as tracing needs it; case
 * records, isolation orders and alerts stay. Their streams are categories of their own
 * (DESIGN.md section 2), so a store can drop them whole.
 */
export const MOVEMENT_CATEGORIES = ['checkins', 'contact'] as const;

const DAY_MS = 86_400_000;

export function retentionCutoff(now: number, retentionDays: number): number {
  return now - retentionDays * DAY_MS;
}

/** A movement that ended before the cut-off; the read models neither keep nor take it. */
export function isExpired(fact: GraphFact, cutoff: number): boolean {
  if (fact.type === 'check') return fact.check.at < cutoff;
  if (fact.type === 'contact') return fact.contact.to < cutoff;
  return false;
}

/**
 * Refuses a movement that `isExpired` would drop at once: accepting it and then ignoring it would
 * tell the caller it counts when it never will. `field` is the time that decides (a check-in's
 * `at`, a contact's `to`).
 */
export function assertRetained(field: string, at: number, now: number, retentionDays: number): void {
  const cutoff = retentionCutoff(now, retentionDays);
  if (at >= cutoff) return;
  const when = toIso(cutoff);
  throw new OutsideWindowError(
    'RETENTION_DAYS',
    cutoff,
    `movement data is kept for RETENTION_DAYS (${retentionDays} days): ${field} ${toIso(at)} is before the cut-off ${when}`,
    [{ field, message: `is before the retention cut-off ${when} (RETENTION_DAYS=${retentionDays})` }],
  );
}
