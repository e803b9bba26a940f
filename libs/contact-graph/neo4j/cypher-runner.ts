import type { ManagedTransaction } from 'neo4j-driver';

/**
 * What the Cypher helpers need of a transaction: `run`. Both the driver's managed transactions and
 * the explicit ones the adapter opens (see attempt-twice.ts) have it.
 */
export type CypherRunner = Pick<ManagedTransaction, 'run'>;
