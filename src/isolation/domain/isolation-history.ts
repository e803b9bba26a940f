import type { IsolationKindName } from './isolation-events.js';
import type { IsolationState } from './isolation-state.js';
import type { Recommendation } from './policy.js';

/** One of a person's isolation orders as the status shows it (instants in ms). */
export interface IsolationHistoryEntry {
  orderId: string;
  kind: IsolationKindName;
  from: number;
  until: number | null;
  reason: string;
  releasedAt: number | null;
  supersedes: string | null;
  supersededBy: string | null;
}

/** Every order of the person, oldest first (by from, then id). */
export function isolationHistory(state: IsolationState): IsolationHistoryEntry[] {
  return [...state.orders.values()]
    .map(({ order, release }) => ({
      orderId: order.orderId,
      kind: order.kind,
      from: Date.parse(order.from),
      until: order.until ? Date.parse(order.until) : null,
      reason: order.reason,
      releasedAt: release ? Date.parse(release.at) : null,
      supersedes: order.supersedes ?? null,
      supersededBy: release?.supersededBy ?? null,
    }))
    .sort((a, b) => a.from - b.from || (a.orderId < b.orderId ? -1 : 1));
}

/** When an order stopped (or will stop) holding the person; null while it runs without a planned end. */
export const endOf = (o: IsolationHistoryEntry): number | null => o.releasedAt ?? o.until;

/** The order in force at `now`: started, neither released nor past its planned end. */
export function currentOrder(history: IsolationHistoryEntry[], now: number): IsolationHistoryEntry | null {
  const end = (o: IsolationHistoryEntry) => endOf(o) ?? Infinity;
  return history.filter((o) => o.from <= now && end(o) > now).sort((a, b) => b.from - a.from)[0] ?? null;
}

/**
 * The finished order that already served the recommendation: it was in force at the end of the
 * recommended period and has ended by `now` (released, superseded, or past its planned end). A
 * recommendation without an end (a case's hospital care) is served by an order that began at or
 * after its start and has ended.
 */
export function servedBy(recommendation: Recommendation, history: IsolationHistoryEntry[], now: number): IsolationHistoryEntry | null {
  const { from, until } = recommendation;
  const ended = history.filter((o) => endOf(o) !== null && endOf(o)! <= now);
  return ended.find((o) => (until === null ? o.from >= from : o.from <= until && endOf(o)! >= until)) ?? null;
}

/** The orders that overlap the recommended period: the context of a recommendation still given. */
export function ordersDuring(recommendation: Recommendation, history: IsolationHistoryEntry[]): string[] {
  const until = recommendation.until ?? Infinity;
  return history.filter((o) => o.from <= until && (endOf(o) ?? Infinity) >= recommendation.from).map((o) => o.orderId);
}
