import { describe, it } from '@jest/globals';
import { EMBEDDED, neo4jBackend, type GraphBackend } from './graph-backend.js';
import { NO_NEO4J, neo4jTarget } from './infra-targets.js';

export type { GraphBackend };

/** The contact graph adapters an end-to-end suite runs against: embedded always, Neo4j where a server is configured. */
export function graphBackends(): GraphBackend[] {
  const neo4j = neo4jTarget();
  if (!neo4j) {
    const line = `SKIPPED: end-to-end on CONTACT_GRAPH=neo4j — ${NO_NEO4J}`;
    // Straight to stderr: Jest hides the console of a file whose tests are all skipped.
    process.stderr.write(`${line}\n`);
    describe('end-to-end on CONTACT_GRAPH=neo4j', () => it.skip(line, () => undefined));
    return [EMBEDDED];
  }
  return [EMBEDDED, neo4jBackend(neo4j)];
}
