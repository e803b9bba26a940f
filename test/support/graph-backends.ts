import { describe, it } from '@jest/globals';
import { Neo4jContactGraph } from '../../libs/contact-graph/neo4j/neo4j-contact-graph.js';
import { DEFAULT_RULES } from '../../libs/exposure-rules/types.js';
import { NO_NEO4J, neo4jTarget } from './infra.js';

export interface GraphBackend {
  name: 'embedded' | 'neo4j';
  env: Record<string, string>;
  /** Empties the shared server's graph, so that an app on a new data directory starts clean. */
  reset(): Promise<void>;
}

/** The contact graph adapters an end-to-end suite runs against: embedded always, Neo4j where a server is configured. */
export function graphBackends({ quiet = false } = {}): GraphBackend[] {
  const backends: GraphBackend[] = [{ name: 'embedded', env: {}, reset: async () => undefined }];
  const neo4j = neo4jTarget();
  if (!neo4j) {
    if (quiet) return backends;
    const line = `SKIPPED: end-to-end on CONTACT_GRAPH=neo4j — ${NO_NEO4J}`;
    // Straight to stderr: Jest hides the console of a file whose tests are all skipped.
    process.stderr.write(`${line}\n`);
    describe('end-to-end on CONTACT_GRAPH=neo4j', () => it.skip(line, () => undefined));
    return backends;
  }
  backends.push({
    name: 'neo4j',
    env: { CONTACT_GRAPH: 'neo4j', NEO4J_URL: neo4j.url, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    reset: async () => {
      const graph = new Neo4jContactGraph(neo4j, DEFAULT_RULES);
      await graph.init();
      await graph.clear();
      await graph.close();
    },
  });
  return backends;
}
