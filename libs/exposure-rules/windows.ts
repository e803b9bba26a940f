import { compareStrings } from './compare.js';
import type { ContactSetting, IsolationKind, IsolationOrder, RulesConfig, TestResult } from './types.js';

const DAY = 24 * 60 * 60_000;

export type ContactClass = 'household' | 'other';

/**
 * Isolation ends a window only for the contacts it actually prevents: someone isolated at home
 * still lives with their household, so only hospital and centralized isolation end household
 * contacts. Self-monitoring prevents nothing.
 */
const ENDING_KINDS: Record<ContactClass, ReadonlySet<IsolationKind>> = {
  household: new Set<IsolationKind>(['hospital', 'centralized']),
  other: new Set<IsolationKind>(['hospital', 'centralized', 'home']),
};

/** Co-presence (no setting) counts as an `other` contact. */
export function contactClass(setting: ContactSetting | null): ContactClass {
  return setting === 'household' ? 'household' : 'other';
}

/**
 * Start of a case's infectious window: the first positive sample (earliest sampledAt, ties by
 * testId so the answer does not depend on arrival order), its symptom onset if known, minus the
 * lookback. Pass the tests of one person; null when none is positive.
 */
export function infectiousFrom(tests: readonly TestResult[], cfg: RulesConfig): number | null {
  let first: TestResult | null = null;
  for (const t of tests) {
    if (t.result !== 'positive') continue;
    if (
      first === null ||
      t.sampledAt < first.sampledAt ||
      (t.sampledAt === first.sampledAt && compareStrings(t.testId, first.testId) < 0)
    ) {
      first = t;
    }
  }
  if (first === null) return null;
  return (first.symptomOnsetAt ?? first.sampledAt) - cfg.infectiousLookbackDays * DAY;
}

/**
 * End of a window that starts at `start`: the `from` of the person's first isolation order at or
 * after `start` that ends this class of contact, else `now`, and never later than `now` (the
 * future has not happened). The earliest such `from` is the first order's, whatever the ties.
 */
export function windowEnd(
  orders: readonly IsolationOrder[],
  start: number,
  now: number,
  setting: ContactClass,
): number {
  let end = now;
  for (const o of orders) {
    if (o.from >= start && o.from < end && ENDING_KINDS[setting].has(o.kind)) end = o.from;
  }
  return end;
}
