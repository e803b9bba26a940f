import type { CypherRunner } from './cypher-runner.js';

/** The singleton node holding the projection's checkpoint (a string: positions are 64-bit). */
export const CHECKPOINT = 'contact-graph';

/**
 * Reads the checkpoint for a write, creating the node if needed. The SET takes the node's write
 * lock, so two writers applying batches at once are serialised and the later one sees the
 * checkpoint the earlier one stored.
 */
const LOCK = `
MERGE (k:Checkpoint {name: $name})
SET k.locked = true
RETURN k.position AS position`;

const STORE = `
MATCH (k:Checkpoint {name: $name})
SET k.position = $position`;

const READ = `
MATCH (k:Checkpoint {name: $name})
RETURN k.position AS position, coalesce(k.longestVisitMs, 0) AS longestVisitMs`;

const asPosition = (value: unknown): bigint | null => (typeof value === 'string' ? BigInt(value) : null);

export async function lockCheckpoint(tx: CypherRunner): Promise<bigint | null> {
  const result = await tx.run(LOCK, { name: CHECKPOINT });
  return asPosition(result.records[0]?.get('position'));
}

export async function storeCheckpoint(tx: CypherRunner, position: bigint): Promise<void> {
  await tx.run(STORE, { name: CHECKPOINT, position: position.toString() });
}

export async function readCheckpoint(tx: CypherRunner): Promise<{ position: bigint | null; longestVisitMs: number }> {
  const record = (await tx.run(READ, { name: CHECKPOINT })).records[0];
  return { position: asPosition(record?.get('position')), longestVisitMs: record ? (record.get('longestVisitMs') as number) : 0 };
}
