import { CONTACT_GRAPH, type ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import { BATCH_SIZE, type BenchProfile, LAG_BATCH_SIZE } from '../bench-profile.js';
import { CheckInLoad } from '../measure/check-in-load.js';
import { measureBatchIngest } from '../measure/http-ingest.js';
import { measureLag } from '../measure/ingest-lag.js';
import type { Neo4jChoice } from '../measure/neo4j-server.js';
import type { Province } from '../measure/province-data.js';
import { measureReadSide, type ReadSideLatency, type ReadSidePlan } from '../measure/read-side.js';
import { sampleCases } from '../measure/sample.js';
import { type Service, startService } from '../measure/service.js';
import type { NotRun } from '../results.js';
import { personId } from '../sim/ids.js';
import { DAY, HOUR } from '../sim/time.js';

export type ReadSide = { embedded: ReadSideLatency | NotRun; neo4j: ReadSideLatency | NotRun };

const failed = (error: unknown): NotRun => ({ notRun: `failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200) });
const stillBusy = (profile: BenchProfile): NotRun => ({ notRun: `not run: the service was still busy starting after ${profile.serviceStartLimitMs / 60_000} min` });

/**
 * The HTTP service on a copy of the simulated log, once it has finished starting: the task force's
 * reads, then (unless only the read side is asked for) ingest through HTTP. With Neo4j, a second
 * service on CONTACT_GRAPH=neo4j answers the same reads. A service still busy past the limit is
 * reported as such rather than measured while it replays.
 */
export async function serviceStep(province: Province, profile: BenchProfile, seed: number, neo: Neo4jChoice, ingest: boolean) {
  const end = Date.parse(province.manifest.end);
  const start = (env: Record<string, string> = {}): Promise<Service> => startService(province.sqliteFile, end + DAY, profile.serviceStartLimitMs, profile.alertDepth, env);
  const service = await start();
  let embedded;
  try {
    const serviceStart = { queryableSeconds: service.queryableSeconds, idleSeconds: service.idleSeconds, alertDepth: profile.alertDepth };
    if (service.idleSeconds === null) embedded = { serviceStart, readSide: stillBusy(profile), httpBatch: stillBusy(profile), lag: stillBusy(profile) };
    else {
      const readSide = await measureReadSide(service, await readSidePlan(service, province, profile));
      if (!ingest) {
        const notRun = { notRun: 'not run: --only read-side' };
        embedded = { serviceStart, readSide, httpBatch: notRun, lag: notRun };
      } else {
        const load = new CheckInLoad(province.manifest.persons, province.manifest.venues, end + HOUR, seed, 'B');
        const httpBatch = await measureBatchIngest(service, load, BATCH_SIZE, profile.httpBatches, profile.httpBudgetMs);
        // Half the measured capacity: a steady load the service can keep up with.
        const lag = await measureLag(service, load, Math.max(50, Math.round(httpBatch.checkInsPerSecond / 2)), LAG_BATCH_SIZE, profile.lagSeconds);
        embedded = { serviceStart, readSide, httpBatch, lag };
      }
    }
  } finally {
    await service.close();
  }
  const neo4j = neo.run ? await neo4jReadSide(neo, profile, province, start).catch(failed) : { notRun: neo.reason };
  const { readSide, ...rest } = embedded;
  return { ...rest, readSide: { embedded: readSide, neo4j } satisfies ReadSide };
}

async function neo4jReadSide(
  neo: Extract<Neo4jChoice, { run: true }>,
  profile: BenchProfile,
  province: Province,
  start: (env: Record<string, string>) => Promise<Service>,
): Promise<ReadSideLatency | NotRun> {
  const service = await start({ CONTACT_GRAPH: 'neo4j', NEO4J_URL: neo.url, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password });
  try {
    if (service.idleSeconds === null) return stillBusy(profile);
    return await measureReadSide(service, await readSidePlan(service, province, profile));
  } finally {
    await service.close();
  }
}

/** The graph step's sample of cases (the same cases, so the rows compare), and people spread over the province. */
async function readSidePlan(service: Service, province: Province, profile: BenchProfile): Promise<ReadSidePlan> {
  const cases = await service.running.app.get<symbol, ContactGraph>(CONTACT_GRAPH).casesSince(0);
  const { persons } = province.manifest;
  const people = Math.min(persons, profile.searchSample);
  return {
    caseIds: sampleCases(cases.map((c) => c.personId), profile.querySample),
    personIds: Array.from({ length: people }, (_, k) => personId(Math.floor((k * persons) / people))),
    maxRounds: profile.queryRounds,
    budgetMs: profile.queryBudgetMs,
  };
}
