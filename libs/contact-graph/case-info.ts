import type { CaseInfo } from './contact-graph.port.js';
import { infectiousFrom } from '../exposure-rules/windows.js';
import type { RulesConfig, TestResult } from '../exposure-rules/types.js';

/** A person is a confirmed case once a positive result is recorded; shared by every graph adapter. */
export function caseInfoOf(personId: string, tests: TestResult[], cfg: RulesConfig): CaseInfo | null {
  const from = infectiousFrom(tests, cfg);
  if (from === null) return null;
  const firstPositive = tests
    .filter((t) => t.result === 'positive')
    .reduce((a, b) => (b.sampledAt < a.sampledAt || (b.sampledAt === a.sampledAt && b.testId < a.testId) ? b : a));
  return { personId, infectiousFrom: from, firstPositiveSampledAt: firstPositive.sampledAt };
}
