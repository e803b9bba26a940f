import type { TemporalIndex } from '../../libs/contact-graph/embedded/temporal-index.js';
import { computeExposures } from '../../libs/exposure-rules/exposures.js';
import { DEFAULT_RULES, type RulesConfig } from '../../libs/exposure-rules/types.js';
import { infectiousFrom } from '../../libs/exposure-rules/windows.js';
import type { TruthInfection } from '../sim/ground-truth.js';
import { sampleCases } from './sample.js';

export const OVERLAPS = [5, 15, 30];
export const LOOKBACKS = [2, 3, 4];
const LEVELS = [1, 2, 3] as const;

export interface TracingRow {
  minOverlapMinutes: number;
  lookbackDays: number;
  /** True infections within k generations of a detected case, summed over cases, for k = 1, 2, 3. */
  trueInfections: number[];
  /** Of those, the ones the rules flag at a level <= k. */
  found: number[];
  recall: number[];
  /** People flagged at levels <= k, summed over cases. */
  flagged: number[];
  /** The quarantine burden: people flagged at levels <= k per true infection found there. */
  burden: number[];
}

export interface TracingQuality {
  cases: number;
  rows: TracingRow[];
}

/**
 * Scores the pure rules against the ground truth: for every detected case, which of the people it
 * truly infected (F1), they infected (F2) and so on are found by the chains the rules compute,
 * and how many people the chains flag to find them, per MIN_OVERLAP_MINUTES x lookback setting.
 * Visits do not depend on these two settings, so one index serves the whole grid.
 */
export function tracingQuality(
  index: TemporalIndex,
  infections: TruthInfection[],
  now: number,
  caseLimit: number,
  onProgress: (done: number) => void = () => undefined,
): TracingQuality {
  const children = new Map<string, string[]>();
  for (const i of infections) {
    if (i.infector === null) continue;
    const list = children.get(i.infector);
    if (list) list.push(i.personId);
    else children.set(i.infector, [i.personId]);
  }
  const cases = sampleCases([...index.positives], caseLimit);
  const generations = new Map(cases.map((c) => [c, descendants(children, c)]));
  const rows: TracingRow[] = [];
  for (const minOverlapMinutes of OVERLAPS) {
    for (const lookbackDays of LOOKBACKS) {
      const cfg: RulesConfig = { ...DEFAULT_RULES, minOverlapMinutes, infectiousLookbackDays: lookbackDays };
      rows.push(scoreSetting(index, cases, generations, now, cfg));
      onProgress(rows.length / (OVERLAPS.length * LOOKBACKS.length));
    }
  }
  return { cases: cases.length, rows };
}

function scoreSetting(index: TemporalIndex, cases: string[], generations: Map<string, string[][]>, now: number, cfg: RulesConfig): TracingRow {
  const trueInfections = [0, 0, 0];
  const found = [0, 0, 0];
  const flagged = [0, 0, 0];
  for (const caseId of cases) {
    const from = infectiousFrom([...(index.tests.get(caseId)?.values() ?? [])], cfg);
    if (from === null) continue;
    // Depth 3 holds depths 1 and 2 as its prefix (levels are found breadth first).
    const level = new Map(computeExposures(index, { personId: caseId, infectiousFrom: from }, 3, now, cfg).map((e) => [e.personId, e.level]));
    const gens = generations.get(caseId)!;
    for (const k of LEVELS) {
      for (const l of level.values()) if (l <= k) flagged[k - 1]++;
      for (let g = 0; g < k; g++) {
        for (const person of gens[g]) {
          trueInfections[k - 1]++;
          if ((level.get(person) ?? Infinity) <= k) found[k - 1]++;
        }
      }
    }
  }
  return {
    minOverlapMinutes: cfg.minOverlapMinutes,
    lookbackDays: cfg.infectiousLookbackDays,
    trueInfections,
    found,
    recall: found.map((f, i) => (trueInfections[i] > 0 ? f / trueInfections[i] : 0)),
    flagged,
    burden: found.map((f, i) => (f > 0 ? flagged[i] / f : 0)),
  };
}

/** The people a case infected, they infected, and so on: three generations. */
function descendants(children: Map<string, string[]>, root: string): string[][] {
  const gens: string[][] = [];
  let frontier = [root];
  for (let g = 0; g < 3; g++) {
    frontier = frontier.flatMap((p) => children.get(p) ?? []);
    gens.push(frontier);
  }
  return gens;
}
