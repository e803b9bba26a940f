import type { ContactGraph, ExposureAnswer } from '../../libs/contact-graph/contact-graph.port.js';
import { mean, type Percentiles, percentiles, since } from './stats.js';

export const DEPTHS = [1, 2, 3] as const;

export interface DepthLatency {
  depth: number;
  /** Mean number of exposed people per answer: what a query at this depth has to find. */
  meanExposures: number;
  /** Latency per adapter name, in milliseconds. */
  latency: Record<string, Percentiles>;
}

export interface QueryLatency {
  cases: number;
  rounds: number;
  depths: DepthLatency[];
  /** Answers of the first round that differ between the adapters (null with one adapter). */
  mismatches: number | null;
}

export interface QueryPlan {
  caseIds: string[];
  now: number;
  maxRounds: number;
  /** No further round starts after this much time (one measured round always runs). */
  budgetMs: number;
}

/** Cases of the untimed warm-up round: enough to compile the hot paths and fill the caches. */
const WARM_UP_CASES = 10;

/**
 * Exposure queries over a fixed sample of cases, at each depth, on every adapter in turn for the
 * same case: the adapters see the same cases in the same warm-up state, so their ratio is fair.
 * A first untimed round over a few cases warms the JIT, the caches and Neo4j's page cache.
 */
export async function measureQueries(graphs: Record<string, ContactGraph>, plan: QueryPlan): Promise<QueryLatency> {
  const names = Object.keys(graphs);
  const times = new Map<string, number[]>();
  const sizes = new Map<number, number[]>();
  let mismatches = names.length > 1 ? 0 : null;
  const started = performance.now();
  let rounds = 0;
  for (let round = -1; round < plan.maxRounds && (round < 1 || since(started) < plan.budgetMs); round++) {
    for (const caseId of round < 0 ? plan.caseIds.slice(0, WARM_UP_CASES) : plan.caseIds) {
      for (const depth of DEPTHS) {
        const answers: (ExposureAnswer | null)[] = [];
        for (const name of names) {
          const start = performance.now();
          answers.push(await graphs[name].exposures(caseId, depth, plan.now));
          if (round >= 0) push(times, `${name}:${depth}`, since(start));
        }
        if (round !== 0) continue;
        push(sizes, depth, answers[0]?.exposures.length ?? 0);
        if (mismatches !== null && answers.some((a) => JSON.stringify(a) !== JSON.stringify(answers[0]))) mismatches++;
      }
    }
    if (round >= 0) rounds++;
  }
  return {
    cases: plan.caseIds.length,
    rounds,
    mismatches,
    depths: DEPTHS.map((depth) => ({
      depth,
      meanExposures: mean(sizes.get(depth) ?? []),
      latency: Object.fromEntries(names.map((n) => [n, percentiles(times.get(`${n}:${depth}`) ?? [])])),
    })),
  };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
