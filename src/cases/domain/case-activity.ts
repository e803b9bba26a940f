import { infectiousFrom } from '../../../libs/exposure-rules/windows.js';
import type { RulesConfig, TestResult } from '../../../libs/exposure-rules/types.js';
import { toIso } from '../../platform/time/instants.js';
import type { TestResultData } from './case-events.js';

const DAY_MS = 86_400_000;

/** A confirmed case is active while its infectious window began at or after this instant. */
export function caseActiveSince(now: number, caseActiveDays: number): number {
  return now - caseActiveDays * DAY_MS;
}

/** Whether a person's case counts now for classification and alerts, and if not, why. */
export type CaseActivity = { caseActive: true } | { caseActive: false; reason: string };

/**
 * The window starts where the read models put it (the earliest positive sample, whatever order
 * results arrived in), so this answer agrees with the status and the alerts. A window that began
 * before the cut-off stays before it: such a case can never become active.
 */
export function caseActivity(
  tests: Iterable<TestResultData>,
  now: number,
  caseActiveDays: number,
  rules: RulesConfig,
): CaseActivity {
  const from = infectiousFrom([...tests].map(asRuleTest), rules);
  if (from === null) return { caseActive: false, reason: 'no positive result: the person is not a confirmed case' };
  const since = caseActiveSince(now, caseActiveDays);
  if (from >= since) return { caseActive: true };
  return {
    caseActive: false,
    reason:
      `the infectious window began ${toIso(from)}, before the cut-off ${toIso(since)} of CASE_ACTIVE_DAYS ` +
      `(${caseActiveDays} days): the result is recorded, but the case counts for no classification or alert`,
  };
}

function asRuleTest(t: TestResultData): TestResult {
  return {
    testId: t.testId,
    personId: t.personId,
    sampledAt: Date.parse(t.sampledAt),
    result: t.result,
    symptomOnsetAt: t.symptomOnsetAt ? Date.parse(t.symptomOnsetAt) : null,
  };
}
