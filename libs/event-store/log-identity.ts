import type { EventStore, StoredEvent } from './event-store.port.js';

/**
 * Which log a checkpoint was written on: the log's own id (EventStore.logId) and the id of the
 * event at the checkpoint's position. A read model that stores it beside its position can tell,
 * before resuming, that the log it is started on is still the one it read.
 */
export interface LogIdentity {
  logId: string;
  eventId: string;
}

/** A position in the log and, when known, the identity of the log there (null: written before logs had an id). */
export interface LogCheckpoint {
  position: bigint;
  log: LogIdentity | null;
}

/** The identity of the log at the last event of a batch: what a checkpoint after that batch stores. */
export function identityAt(logId: string, event: StoredEvent): LogIdentity {
  return { logId, eventId: event.metadata.eventId };
}

/**
 * Why `checkpoint` cannot be resumed on this log, or null when it can. The event at the position
 * may be missing from the same log when retention deleted it: that is the same log while the log
 * still reaches the position; a log that ends before it was truncated or restored from a copy.
 */
export async function logMismatch(store: EventStore, checkpoint: LogCheckpoint): Promise<string | null> {
  const { position, log } = checkpoint;
  if (log === null) return `the checkpoint at position ${position} does not say which log it was written on (written before logs had an id)`;
  const logId = await store.logId();
  if (logId !== log.logId) return `the checkpoint was written on log ${log.logId}, and this is log ${logId}`;
  const eventId = await store.eventIdAt(position);
  if (eventId === log.eventId) return null;
  if (eventId !== null) {
    return `the event at position ${position} is ${eventId}, not ${log.eventId} as when the checkpoint was written (the log was rewritten)`;
  }
  const head = await store.headPosition();
  if (head === null || head < position) {
    return `the log ends at position ${String(head)}, before the checkpoint at ${position} (the log was truncated or restored from an older copy)`;
  }
  return null;
}
