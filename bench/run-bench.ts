import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/platform/config/load-config.js';
import { BATCH_SIZE, PROFILES } from './bench-profile.js';
import { ProgressBar } from './cli/progress.js';
import { measureAppends } from './measure/append-throughput.js';
import { CheckInLoad } from './measure/check-in-load.js';
import { peakRssBytes } from './measure/heap.js';
import { machine, sqliteVersion } from './measure/machine.js';
import { neo4jChoice, neo4jVersion } from './measure/neo4j-server.js';
import { ensureProvince } from './measure/province-data.js';
import type { BenchResults } from './results.js';
import type { SizeName } from './sim/sizes.js';
import { HOUR } from './sim/time.js';
import { graphStep } from './steps/graph-step.js';
import { indexStep } from './steps/index-step.js';
import { serviceStep } from './steps/service-step.js';

export interface BenchOptions {
  size: SizeName;
  seed: number;
  dir: string;
  neo4j: boolean;
  /** Progress bars and step lines (stderr); off in the smoke test. */
  verbose: boolean;
}

/**
 * One bench run, step by step, each step releasing what it built before the next: the index for
 * memory and tracing quality, the graphs for projection and queries, a scratch event store for
 * appends, then the HTTP service.
 */
export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const profile = PROFILES[o.size];
  const bar = (label: string): ProgressBar | null => (o.verbose ? new ProgressBar(label) : null);
  const step = (what: string): void => {
    if (o.verbose) process.stderr.write(`bench ${o.size}: ${what}\n`);
  };
  const simBar = bar(`simulate ${o.size}`);
  const province = await ensureProvince(o.size, o.seed, o.dir, (d, detail) => simBar?.update(d, detail));
  const { persons, venues, days, detectedCases, end } = province.manifest;
  const neo = neo4jChoice(o.neo4j);
  const config = loadConfig(neo.run ? { DATA_DIR: o.dir, NEO4J_URL: neo.url, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password } : { DATA_DIR: o.dir });

  // A long run that fails late keeps what its earlier steps measured.
  const partial = join(o.dir, `bench-partial-${o.size}.json`);
  const keep = (done: Record<string, unknown>): void => writeFileSync(partial, `${JSON.stringify(done, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v), 2)}\n`);

  step('embedded index: memory, and tracing quality against the ground truth');
  const indexed = await indexStep(province, config.rules, profile, bar);
  keep({ indexed });
  step('projection rebuilds and exposure queries');
  const graphs = await graphStep(province, config, neo, profile, bar);
  keep({ indexed, graphs });
  step('append throughput into a fresh SQLite event store');
  const append = await measureAppends(new CheckInLoad(persons, venues, Date.parse(end) + HOUR, o.seed, 'A'), profile.appendEvents, BATCH_SIZE);
  keep({ indexed, graphs, append });
  step('the HTTP service on a copy of the log: start-up, the read side, batch ingest, end-to-end lag; the read side on Neo4j');
  const http = await serviceStep(province, profile, o.seed, neo, true);
  const generatedAt = new Date().toISOString();
  return {
    size: o.size,
    seed: o.seed,
    persons,
    days,
    events: graphs.projection.embedded.events,
    detectedCases,
    generatedAt,
    machine: machine(),
    versions: { node: process.version, sqlite: sqliteVersion(), neo4j: neo.run ? await neo4jVersion(neo).catch(() => null) : null },
    append,
    ...http,
    readSideAt: generatedAt,
    ...graphs,
    memory: { ...indexed.memory, peakRssBytes: peakRssBytes() },
    tracing: indexed.tracing,
  };
}

/**
 * `--only read-side`: the simulated province, the HTTP service on a copy of its log and the read
 * side over HTTP (with Neo4j, on a second service), nothing else; what the bench needs to measure
 * the task force's reads at a size whose full run takes long.
 */
export async function runReadSide(o: BenchOptions): Promise<Pick<BenchResults, 'readSide' | 'readSideAt'>> {
  const progress = o.verbose ? new ProgressBar(`simulate ${o.size}`) : null;
  const province = await ensureProvince(o.size, o.seed, o.dir, (d, detail) => progress?.update(d, detail));
  if (o.verbose) process.stderr.write(`bench ${o.size}: the read side over HTTP, on a service started on a copy of the log\n`);
  const { readSide } = await serviceStep(province, PROFILES[o.size], o.seed, neo4jChoice(o.neo4j), false);
  return { readSide, readSideAt: new Date().toISOString() };
}
