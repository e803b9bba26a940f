import type { SizeName } from './sim/sizes.js';

/**
 * How much of each measurement a size gets: enough samples to be stable, little enough to finish.
 * A depth-3 query takes about a second embedded at size M (15,000 people exposed), so M scores
 * tracing quality on 100 cases (× 9 settings) and times queries on 50.
 */
export interface BenchProfile {
  appendEvents: number;
  httpBatches: number;
  httpBudgetMs: number;
  lagSeconds: number;
  querySample: number;
  queryRounds: number;
  queryBudgetMs: number;
  /** People looked up by phone and by name in the read-side measures. */
  searchSample: number;
  /** Detected cases scored for tracing quality (all of them when fewer). */
  tracingCases: number;
  /** How long the HTTP service may take to start on the simulated log before ingest is measured. */
  serviceStartLimitMs: number;
  /**
   * ALERT_DEPTH of the service under test. The simulated log holds no alerts, so the service raises
   * every alert of every active case at start: at size M (3,573 active cases, 3,947 people at F1-F2
   * each) depth 2 means 14 million alerts, and the bench process grew past 16 GB within ten minutes
   * of start-up (it was stopped). A department with that many cases alerts F1 only, as M and L do.
   */
  alertDepth: number;
}

export const BATCH_SIZE = 1000;
export const LAG_BATCH_SIZE = 100;

export const PROFILES: Record<SizeName, BenchProfile> = {
  XS: { appendEvents: 300, httpBatches: 2, httpBudgetMs: 10_000, lagSeconds: 2, querySample: 10, queryRounds: 2, queryBudgetMs: 5_000, searchSample: 20, tracingCases: 50, serviceStartLimitMs: 60_000, alertDepth: 2 },
  S: { appendEvents: 5_000, httpBatches: 20, httpBudgetMs: 60_000, lagSeconds: 15, querySample: 50, queryRounds: 5, queryBudgetMs: 120_000, searchSample: 200, tracingCases: 2_000, serviceStartLimitMs: 900_000, alertDepth: 2 },
  M: { appendEvents: 10_000, httpBatches: 20, httpBudgetMs: 120_000, lagSeconds: 30, querySample: 50, queryRounds: 3, queryBudgetMs: 600_000, searchSample: 200, tracingCases: 100, serviceStartLimitMs: 1_800_000, alertDepth: 1 },
  L: { appendEvents: 10_000, httpBatches: 20, httpBudgetMs: 120_000, lagSeconds: 30, querySample: 30, queryRounds: 2, queryBudgetMs: 900_000, searchSample: 200, tracingCases: 50, serviceStartLimitMs: 3_600_000, alertDepth: 1 },
};
