import type { LogCheckpoint, LogIdentity } from '../../event-store/log-identity.js';
import type { CypherRunner } from './cypher-runner.js';

/**
 * The singleton node holding the projection's checkpoint (a string: positions are 64-bit) and the
 * identity of the log at that position (logId, eventId), written by the batch's own transaction.
 */
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
SET k.position = $position, k.logId = $logId, k.eventId = $eventId`;

const READ = `
MATCH (k:Checkpoint {name: $name})
RETURN k.position AS position, k.logId AS logId, k.eventId AS eventId, coalesce(k.longestVisitMs, 0) AS longestVisitMs`;

const asPosition = (value: unknown): bigint | null => (typeof value === 'string' ? BigInt(value) : null);

export async function lockCheckpoint(tx: CypherRunner): Promise<bigint | null> {
  const result = await tx.run(LOCK, { name: CHECKPOINT });
  return asPosition(result.records[0]?.get('position'));
}

/** Without `log`, the identity is removed: a checkpoint never names a log it was not written on. */
export async function storeCheckpoint(tx: CypherRunner, position: bigint, log?: LogIdentity): Promise<void> {
  await tx.run(STORE, { name: CHECKPOINT, position: position.toString(), logId: log?.logId ?? null, eventId: log?.eventId ?? null });
}

export async function readCheckpoint(
  tx: CypherRunner,
): Promise<{ position: bigint | null; checkpoint: LogCheckpoint | null; longestVisitMs: number }> {
  const record = (await tx.run(READ, { name: CHECKPOINT })).records[0];
  const position = asPosition(record?.get('position'));
  const logId: unknown = record?.get('logId');
  const eventId: unknown = record?.get('eventId');
  const log = typeof logId === 'string' && typeof eventId === 'string' ? { logId, eventId } : null;
  return {
    position,
    checkpoint: position === null ? null : { position, log },
    longestVisitMs: record ? (record.get('longestVisitMs') as number) : 0,
  };
}
