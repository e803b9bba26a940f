import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRows } from '../../bench/report/table.js';
import { writeDocs } from '../../bench/report/write-docs.js';
import { type BenchResults, isNotRun } from '../../bench/results.js';
import { runBench, runReadSide } from '../../bench/run-bench.js';
import { FILES, type Manifest, simulateProvince } from '../../bench/sim/simulate-province.js';

function readSideSamples(results: BenchResults): Record<string, number> {
  const r = results.readSide?.embedded;
  if (!r || isNotRun(r)) return { 'read side measured': 0 };
  return {
    'exposure first pages': r.exposures.latency.samples,
    'case pages': r.casePages.latency.samples,
    'phone searches': r.search.phone.samples,
    'name searches': r.search.name.samples,
  };
}

/** Shape checks only: timings depend on the machine, and the bench is never a timed test (DESIGN 6). */
describe('bench smoke test (size XS, in-process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  const docs = join(dir, 'docs');
  let manifest: Manifest;
  let results: BenchResults;

  beforeAll(async () => {
    manifest = await simulateProvince({ size: 'XS', seed: 3, out: dir, formats: ['ndjson', 'sqlite'] });
    results = await runBench({ size: 'XS', seed: 3, dir, neo4j: false, verbose: false });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('simulates a province: API-shaped NDJSON with +07:00 times, a SQLite log, and the ground truth', () => {
    const lines = readFileSync(join(dir, FILES.ndjson), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const total = Object.values(manifest.requests).reduce((a, b) => a + b, 0);
    expect(lines).toHaveLength(total);
    expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(['person', 'venue', 'check-in', 'contact', 'test-result', 'isolation-order']));
    const checkIn = lines.find((l) => l.kind === 'check-in');
    expect(checkIn.body.at).toMatch(/^2021-07-0\dT\d\d:\d\d:\d\d\+07:00$/);
    expect(Object.keys(checkIn.body).sort()).toEqual(['at', 'checkInId', 'direction', 'personId', 'source', 'venueId']);
    const truth = JSON.parse(readFileSync(join(dir, FILES.truth), 'utf8'));
    expect(truth.infections.length).toBe(manifest.infections);
    expect(truth.infections.some((i: any) => i.infector !== null && ['co-presence', 'household'].includes(i.via.kind))).toBe(true);
    expect(existsSync(join(dir, FILES.sqlite))).toBe(true);
  });

  it('measures every row of the table', () => {
    const measures = benchRows(results).map((r) => r[0]);
    for (const expected of [
      'machine', 'versions', 'province', 'append to the SQLite event store', 'check-ins via POST /v1/check-ins/batch',
      'projection throughput', 'full rebuild', 'exposure query depth 1', 'exposure query depth 2', 'exposure query depth 3',
      'embedded index memory', 'peak RSS', 'end-to-end lag',
      'GET /v1/cases/{id}/exposures?depth=3, first page', 'GET /v1/cases, a page', 'GET /v1/persons?phone=', 'GET /v1/persons?q=', 'machine load while the read side',
    ]) {
      expect(measures.some((m) => m.startsWith(expected))).toBe(true);
    }
    const neo4jCells = benchRows(results).filter((r) => r[0].startsWith('projection throughput')).map((r) => r[2]);
    expect(neo4jCells).toEqual(['not run: no --neo4j']);
    const readSideNeo4j = benchRows(results).filter((r) => r[0].startsWith('GET /v1/')).map((r) => r[2]);
    expect(readSideNeo4j).toEqual(Array(4).fill('not run: no --neo4j'));
  });

  it('reads over HTTP what a user would find: every sampled person by their phone, the cases and their exposures', () => {
    const readSide = results.readSide?.embedded;
    if (!readSide || isNotRun(readSide)) throw new Error(`read side not measured: ${JSON.stringify(readSide)}`);
    // Each simulated person has a number of their own, and their full name finds at least them.
    expect(readSide.search.meanPhoneMatches).toBe(1);
    expect(readSide.search.meanNameMatches).toBeGreaterThanOrEqual(1);
    expect(readSide.casePages.activeCases).toBeGreaterThan(0);
    expect(readSide.exposures.meanRows).toBeGreaterThan(0);
    expect(readSide.exposures.meanRows).toBeLessThanOrEqual(readSide.exposures.meanExposed);
  });

  it('measures the read side alone with --only read-side, dated apart from the full run', async () => {
    const alone = await runReadSide({ size: 'XS', seed: 3, dir, neo4j: false, verbose: false });
    if (!alone.readSide || isNotRun(alone.readSide.embedded)) throw new Error(`read side not measured: ${JSON.stringify(alone.readSide)}`);
    expect(alone.readSide.embedded.search.meanPhoneMatches).toBe(1);
    expect(alone.readSide.neo4j).toEqual({ notRun: 'not run: no --neo4j' });
    expect(alone.readSideAt).not.toBe(results.generatedAt);
  });

  it('gives positive numbers where a measurement must be positive', () => {
    const { httpBatch, lag } = results;
    if (isNotRun(httpBatch) || isNotRun(lag)) throw new Error(`HTTP ingest not measured: ${JSON.stringify([httpBatch, lag])}`);
    const positive = {
      'append events/s': results.append.single.eventsPerSecond,
      'batch check-ins/s': httpBatch.checkInsPerSecond,
      'projection events/s': results.projection.embedded.eventsPerSecond,
      'rebuild seconds': results.projection.embedded.rebuildSeconds,
      'visits in the measured index': results.memory.visits,
      'peak RSS': results.memory.peakRssBytes,
      'lag samples': lag.lagMs.samples,
      'query samples at depth 3': results.queries.depths[2].latency.embedded.samples,
      'query p99 at depth 3': results.queries.depths[2].latency.embedded.p99,
      ...readSideSamples(results),
      'cases scored': results.tracing.cases,
    };
    for (const [name, value] of Object.entries(positive)) {
      expect([name, Number.isFinite(value) && value > 0]).toEqual([name, true]);
    }
    // Measured in Jest's shared process, where other suites' garbage and clients come and go, the
    // heap an XS index adds is within the noise (it came out negative once): the number must exist,
    // and its size is for `npm run bench`, a process of its own.
    expect(['bytes per visit', Number.isFinite(results.memory.bytesPerVisit)]).toEqual(['bytes per visit', true]);
    expect(results.tracing.rows).toHaveLength(9);
    for (const row of results.tracing.rows) for (const share of row.recall) expect(share >= 0 && share <= 1).toBe(true);
  });

  it('writes the JSON, the Markdown section and both charts', () => {
    const files = writeDocs(results, docs);
    expect(files.every((f) => existsSync(f))).toBe(true);
    expect(JSON.parse(readFileSync(join(docs, 'bench', 'results-XS.json'), 'utf8')).size).toBe('XS');
    expect(readFileSync(join(docs, 'benchmarks.md'), 'utf8')).toContain('<!-- bench:XS -->');
    for (const svg of ['latency-vs-size.svg', 'tracing-quality.svg']) {
      expect(readFileSync(join(docs, 'bench', svg), 'utf8')).toMatch(/^<svg [^>]*>[\s\S]*<\/svg>\n$/);
    }
  });
});
