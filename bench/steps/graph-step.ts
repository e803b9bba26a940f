import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import { EmbeddedContactGraph } from '../../libs/contact-graph/embedded/embedded-contact-graph.js';
import { SqliteEventStore } from '../../libs/event-store/sqlite/sqlite-event-store.js';
import type { AppConfig } from '../../src/platform/config/app-config.js';
import type { BenchProfile } from '../bench-profile.js';
import type { ProgressBar } from '../cli/progress.js';
import { type Neo4jChoice, neo4jGraph } from '../measure/neo4j-server.js';
import { type ProjectionResult, rebuild } from '../measure/projection.js';
import type { Province } from '../measure/province-data.js';
import { measureQueries } from '../measure/query-latency.js';
import { sampleCases } from '../measure/sample.js';
import { isNotRun, type NotRun } from '../results.js';
import { DAY } from '../sim/time.js';

/**
 * Full rebuilds of the embedded graph and, when asked for, the Neo4j graph, then exposure queries
 * on both side by side. Neo4j is a shared server that others' runs restart: if it fails, its
 * columns say so and the run goes on with the embedded graph.
 */
export async function graphStep(
  province: Province,
  config: AppConfig,
  neo: Neo4jChoice,
  profile: BenchProfile,
  bar: (label: string) => ProgressBar | null,
) {
  const now = Date.parse(province.manifest.end);
  const store = new SqliteEventStore({ file: province.sqliteFile });
  const graphs: Record<string, ContactGraph> = { embedded: new EmbeddedContactGraph(config.rules) };
  const rebuildOf = async (name: string): Promise<ProjectionResult> => {
    const b = bar(`rebuild ${name}`);
    // The service's clock the day after the simulation: retention keeps every simulated event.
    const result = await rebuild(store, graphs[name], config, { now: () => now + DAY }, (d) => b?.update(d, 'events applied'));
    b?.done(`${result.events} events in ${result.rebuildSeconds.toFixed(1)} s`);
    return result;
  };
  const queries = async () => {
    const cases = (await graphs.embedded.casesSince(0)).map((c) => c.personId);
    return measureQueries(graphs, { caseIds: sampleCases(cases, profile.querySample), now, maxRounds: profile.queryRounds, budgetMs: profile.queryBudgetMs });
  };
  let neo4j: ProjectionResult | NotRun = { notRun: neo.run ? '' : neo.reason };
  let neo4jQueries: NotRun | null = null;
  const failed = (error: unknown): NotRun => ({ notRun: `failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200) });
  const dropNeo4j = async (): Promise<void> => {
    await graphs.neo4j?.close();
    delete graphs.neo4j;
  };
  try {
    const embedded = await rebuildOf('embedded');
    if (neo.run) {
      try {
        graphs.neo4j = await neo4jGraph(config);
        neo4j = await rebuildOf('neo4j');
      } catch (error) {
        neo4j = failed(error);
        await dropNeo4j();
      }
    }
    // A query Neo4j cannot answer leaves its rebuild measured: only its query columns say why.
    const latency = await queries().catch(async (error: unknown) => {
      if (!graphs.neo4j) throw error;
      neo4jQueries = failed(error);
      await dropNeo4j();
      return queries();
    });
    const neo4jNotRun = isNotRun(neo4j) ? neo4j : neo4jQueries;
    return { projection: { embedded, neo4j }, queries: { ...latency, neo4j: neo4jNotRun ? neo4jNotRun.notRun : null } };
  } finally {
    await graphs.neo4j?.close();
    await store.close();
  }
}
