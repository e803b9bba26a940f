/**
 * Where the contract suites find real servers. The variables are the service's own (DESIGN.md §5);
 * `eval "$(deploy/local/infra env)"` sets them for the local Neo4j and Kafka (deploy/local/README.md).
 * A suite whose server is not configured is reported as skipped, by name, never as a silent pass.
 */

export interface Neo4jTarget {
  url: string;
  user: string;
  password: string;
}

export interface KafkaTarget {
  brokers: string[];
}

const START_HINT = 'start one with: deploy/local/infra start all && eval "$(deploy/local/infra env)"';
export const NO_NEO4J = `NEO4J_URL is not set; ${START_HINT}`;
export const NO_KAFKA = `KAFKA_BROKERS is not set; ${START_HINT}`;

/** NEO4J_URL (required), NEO4J_USER (default neo4j), NEO4J_PASSWORD. */
export function neo4jTarget(env: NodeJS.ProcessEnv = process.env): Neo4jTarget | null {
  const url = env.NEO4J_URL?.trim();
  if (!url) return null;
  return { url, user: env.NEO4J_USER?.trim() || 'neo4j', password: env.NEO4J_PASSWORD ?? '' };
}

/** KAFKA_BROKERS: comma-separated host:port list. */
export function kafkaTarget(env: NodeJS.ProcessEnv = process.env): KafkaTarget | null {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return brokers.length > 0 ? { brokers } : null;
}
