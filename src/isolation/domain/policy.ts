import type { IsolationKindName } from './isolation-events.js';

/** A classification the exposure engine gives: F0 (a case) or Fk (exposed at level k). */
export type Classification = 'F0' | `F${number}` | 'none';

export interface Recommendation {
  policyVersion: string;
  classification: Classification;
  isolation: IsolationKindName | null;
  from: number;
  until: number | null;
  testDays: number[];
  advice: string;
}

interface Rule {
  isolation: IsolationKindName;
  days: number | null;
  testDays: number[];
  advice: string;
}

/** Policies are versioned so that a recommendation always names the rules that produced it. */
export interface IsolationPolicy {
  version: string;
  case: Rule;
  byLevel: Record<number, Rule>;
  beyond: Rule | null;
}

const DAY_MS = 86_400_000;

/** v2 counts every period from the last exposure (DESIGN 3, "Policy"); v1 counted from the first. */
export const POLICY_2021_07: IsolationPolicy = {
  version: '2021-07-v2',
  case: { isolation: 'hospital', days: null, testDays: [], advice: 'treat and isolate until cleared by a physician' },
  byLevel: {
    1: { isolation: 'centralized', days: 14, testDays: [1, 7, 14], advice: 'centralized quarantine for 14 days from the last exposure; tests on days 1, 7 and 14' },
    2: { isolation: 'home', days: 7, testDays: [1, 7], advice: 'home isolation for 7 days from the last exposure; tests on days 1 and 7' },
    3: { isolation: 'self-monitoring', days: 14, testDays: [], advice: 'monitor symptoms for 14 days from the last exposure; test on any symptom' },
  },
  beyond: null,
};

/** Advice only: nobody is isolated until an investigator issues an IsolationOrdered command. */
export function recommend(
  policy: IsolationPolicy,
  classification: Classification,
  from: number,
): Recommendation | null {
  if (classification === 'none') return null;
  const level = classification === 'F0' ? 0 : Number(classification.slice(1));
  const rule = level === 0 ? policy.case : (policy.byLevel[level] ?? policy.beyond);
  if (!rule) return null;
  return {
    policyVersion: policy.version,
    classification,
    isolation: rule.isolation,
    from,
    until: rule.days === null ? null : from + rule.days * DAY_MS,
    testDays: rule.testDays,
    advice: rule.advice,
  };
}

/** A person's link to one case: level 0 for the case itself (both times are its infectiousFrom). */
export interface ClassifiedLink {
  level: number;
  lastExposedAt: number;
}

/**
 * The recommendation for a person over every case that reaches them: their lowest level decides
 * the rule, and the period runs from the latest last exposure among the cases at that level (a
 * person exposed at F1 by two cases counts from the later exposure).
 */
export function recommendForLinks(policy: IsolationPolicy, links: readonly ClassifiedLink[]): Recommendation | null {
  if (links.length === 0) return null;
  const lowest = Math.min(...links.map((l) => l.level));
  const from = Math.max(...links.filter((l) => l.level === lowest).map((l) => l.lastExposedAt));
  return recommend(policy, lowest === 0 ? 'F0' : `F${lowest}`, from);
}
