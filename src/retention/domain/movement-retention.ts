import type { GraphFact } from '../../../libs/contact-graph/contact-graph.port.js';

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
