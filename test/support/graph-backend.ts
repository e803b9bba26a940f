import { Neo4jContactGraph } from '../../libs/contact-graph/neo4j/neo4j-contact-graph.js';
import { DEFAULT_RULES } from '../../libs/exposure-rules/types.js';
import type { Neo4jTarget } from './infra-targets.js';

/** A contact graph adapter an app under test runs on. No Jest here: the benchmarks import it too. */
export interface GraphBackend {
  name: 'embedded' | 'neo4j';
  env: Record<string, string>;
  /** Empties the shared server's graph, so that an app on a new data directory starts clean. */
  reset(): Promise<void>;
}

export const EMBEDDED: GraphBackend = { name: 'embedded', env: {}, reset: async () => undefined };

export function neo4jBackend(neo4j: Neo4jTarget): GraphBackend {
  return {
    name: 'neo4j',
    env: { CONTACT_GRAPH: 'neo4j', NEO4J_URL: neo4j.url, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    reset: async () => {
      const graph = new Neo4jContactGraph(neo4j, DEFAULT_RULES);
      await graph.init();
      await graph.clear();
      await graph.close();
    },
  };
}
