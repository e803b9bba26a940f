import { ListCasesDto } from '../../src/cases/api/list-cases.dto.js';
import { PersonSearchDto } from '../../src/directory/api/directory-queries.dto.js';
import { ExposureQueryDto } from '../../src/exposure/api/exposure-query.dto.js';
import { EXPOSURES_DEPTH, type ReadSideLatency } from '../measure/read-side.js';
import type { Percentiles } from '../measure/stats.js';
import { type BenchResults, isNotRun, type NotRun } from '../results.js';
import { int, mib, ms, ratio, seconds } from './format.js';

/** measure · embedded or SQLite · Neo4j · Neo4j ÷ embedded · target (the issue's, for size M on this machine) */
export type Row = [string, string, string, string, string];

export const HEADER: Row = ['measure', 'embedded / SQLite', 'Neo4j', 'Neo4j ÷ embedded', 'target (size M)'];

const verdict = (target: string, met: boolean): string => `${target}: ${met ? 'met' : 'missed'}`;
const latency = (p: Percentiles | undefined): string => (p ? `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)} ms` : '');

/** The one table of a run: machine and versions first, then every measurement. */
export function benchRows(r: BenchResults): Row[] {
  const neo = r.projection.neo4j;
  const neoReason = isNotRun(neo) ? neo.notRun : '';
  const rows: Row[] = [
    ['machine', `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB`, '', '', ''],
    ['versions', `Node ${r.versions.node}, SQLite ${r.versions.sqlite}`, r.versions.neo4j ? `Neo4j ${r.versions.neo4j}` : neoReason, '', ''],
    ['province', `${r.size}: ${int(r.persons)} persons, ${r.days} days, ${int(r.events)} events, ${int(r.memory.visits)} visits, ${int(r.detectedCases)} cases`, '', '', ''],
    ['append to the SQLite event store, 1 event per append', `${int(r.append.single.eventsPerSecond)} events/s`, '', '', ''],
    [
      `append, appendMany of ${r.append.batched?.batchSize ?? 1000} streams`,
      r.append.batched ? `${int(r.append.batched.eventsPerSecond)} events/s` : 'not run: the adapter has no appendMany',
      '', '', '',
    ],
    [
      'check-ins via POST /v1/check-ins/batch (1000 per batch)',
      isNotRun(r.httpBatch) ? r.httpBatch.notRun : `${int(r.httpBatch.checkInsPerSecond)} check-ins/s`,
      '', '',
      isNotRun(r.httpBatch) ? '≥ 20,000/s' : verdict('≥ 20,000/s', r.httpBatch.checkInsPerSecond >= 20_000),
    ],
    [
      'projection throughput (graph apply)',
      `${int(r.projection.embedded.eventsPerSecond)} events/s`,
      isNotRun(neo) ? neoReason : `${int(neo.eventsPerSecond)} events/s`,
      isNotRun(neo) ? '' : ratio(neo.eventsPerSecond, r.projection.embedded.eventsPerSecond),
      verdict('≥ 100,000 events/s embedded', r.projection.embedded.eventsPerSecond >= 100_000),
    ],
    [
      'full rebuild from the log',
      `${seconds(r.projection.embedded.rebuildSeconds)} (${int(r.projection.embedded.rebuildEventsPerSecond)} events/s)`,
      isNotRun(neo) ? neoReason : `${seconds(neo.rebuildSeconds)} (${int(neo.rebuildEventsPerSecond)} events/s)`,
      isNotRun(neo) ? '' : ratio(neo.rebuildSeconds, r.projection.embedded.rebuildSeconds),
      '',
    ],
  ];
  for (const d of r.queries.depths) {
    const e = d.latency.embedded;
    const n = d.latency.neo4j;
    rows.push([
      `exposure query depth ${d.depth}, p50 / p95 / p99 (${r.queries.cases} cases × ${r.queries.rounds} rounds, ${d.meanExposures.toFixed(0)} exposed on average)`,
      latency(e),
      n ? latency(n) : (r.queries.neo4j ?? ''),
      n ? ratio(n.p95, e.p95) : '',
      d.depth === 3 ? depth3Verdict(e, n) : '',
    ]);
  }
  if (r.queries.mismatches !== null) rows.push(['answers differing between the adapters', `${r.queries.mismatches} of ${r.queries.cases * 3}`, '', '', '0']);
  if (r.readSide) rows.push(...readSideRows(r.readSide.embedded, r.readSide.neo4j));
  rows.push(
    ['embedded index memory (heap after gc / visits)', `${int(r.memory.bytesPerVisit)} bytes/visit (${mib(r.memory.heapBytes)})`, '', '', verdict('≤ 150 bytes/visit', r.memory.bytesPerVisit <= 150)],
    ['peak RSS of the bench process', mib(r.memory.peakRssBytes), '', '', ''],
    [
      `HTTP service start on this log (ALERT_DEPTH ${r.serviceStart.alertDepth}): queryable / idle (start-up replays and alerts done)`,
      `${seconds(r.serviceStart.queryableSeconds)} / ${r.serviceStart.idleSeconds === null ? 'still busy at the limit' : seconds(r.serviceStart.idleSeconds)}`,
      '', '', '',
    ],
    lagRow(r),
  );
  return rows;
}

function lagRow({ lag }: BenchResults): Row {
  if (isNotRun(lag)) return ['end-to-end lag, append → queryable, p50 / p99', lag.notRun, '', '', ''];
  const timedOut = lag.timedOut ? ` (${lag.timedOut} timed out)` : '';
  return [`end-to-end lag, append → queryable, p50 / p99 at ${int(lag.offeredPerSecond)} check-ins/s`, `${ms(lag.lagMs.p50)} / ${ms(lag.lagMs.p99)} ms${timedOut}`, '', '', ''];
}

/** The issue's depth-3 targets: p95 ≤ 20 ms embedded, and at most ten times that (200 ms) on Neo4j. */
function depth3Verdict(e: Percentiles, n: Percentiles | undefined): string {
  const embedded = verdict('p95 ≤ 20 ms embedded', e.p95 <= 20);
  return n ? `${embedded}; ${verdict('p95 ≤ 200 ms Neo4j', n.p95 <= 200)}` : embedded;
}

const HTTP = 'over HTTP, in-process service';

/** The issue's read-side targets: p95 within a limit embedded, and Neo4j within ten times embedded. */
function readSideRows(e: ReadSideLatency | NotRun, n: ReadSideLatency | NotRun): Row[] {
  if (isNotRun(e)) return [[`read side ${HTTP}`, e.notRun, isNotRun(n) ? n.notRun : '', '', '']];
  const neo = isNotRun(n) ? null : n;
  const rounds = `${e.rounds} rounds${neo && neo.rounds !== e.rounds ? ` (Neo4j ${neo.rounds})` : ''}`;
  const row = (measure: string, pick: (x: ReadSideLatency) => Percentiles, limitMs: number): Row => {
    const embedded = verdict(`p95 ≤ ${limitMs} ms embedded`, pick(e).p95 <= limitMs);
    return [
      measure,
      latency(pick(e)),
      neo ? latency(pick(neo)) : (n as NotRun).notRun,
      neo ? ratio(pick(neo).p95, pick(e).p95) : '',
      neo ? `${embedded}; ${verdict('Neo4j ≤ 10×', pick(neo).p95 <= 10 * pick(e).p95)}` : embedded,
    ];
  };
  const { exposures: x, casePages: c, search: s } = e;
  return [
    row(
      `GET /v1/cases/{id}/exposures?depth=${EXPOSURES_DEPTH}, first page (limit ${ExposureQueryDto.DEFAULT_LIMIT}) ${HTTP}, p50 / p95 / p99 (${x.cases} cases × ${rounds}, ${x.meanRows.toFixed(0)} rows of ${x.meanExposed.toFixed(0)} exposed on average)`,
      (r) => r.exposures.latency,
      50,
    ),
    row(
      `GET /v1/cases, a page (limit ${ListCasesDto.DEFAULT_LIMIT}, depth 1, not cached) ${HTTP}, p50 / p95 / p99 (${int(c.activeCases)} active cases, ${c.pagesPerRound} pages × ${rounds})`,
      (r) => r.casePages.latency,
      50,
    ),
    row(`GET /v1/persons?phone= ${HTTP}, p50 / p95 / p99 (${s.persons} people × ${rounds})`, (r) => r.search.phone, 10),
    row(
      `GET /v1/persons?q= (full name) ${HTTP}, p50 / p95 / p99 (${s.persons} people × ${rounds}, ${s.meanNameMatches.toFixed(0)} found on average, a page holds at most ${PersonSearchDto.DEFAULT_LIMIT})`,
      (r) => r.search.name,
      10,
    ),
    ...loadRow(e, neo),
  ];
}

function loadRow(e: ReadSideLatency, n: ReadSideLatency | null): Row[] {
  if (e.loadAverage === undefined) return [];
  const load = (x: ReadSideLatency | null): string => (x?.loadAverage === undefined ? '' : x.loadAverage.toFixed(1));
  return [['machine load while the read side was measured (1-minute load average; the cores are in the machine row)', load(e), load(n), '', '']];
}
