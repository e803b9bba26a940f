import {
  ANY,
  NO_STREAM,
  START,
  jsonEvent,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  type EventData,
  type ReadPosition,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { EventMetadata, ExpectedRevision, NewEvent, StoredEvent } from '../event-store.port.js';

/** What an older server sends where a stream read has no log position (2^64 - 1). */
const NO_POSITION = 2n ** 64n - 1n;

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no-stream') return NO_STREAM;
  return BigInt(expected);
}

/**
 * Our event id is the server's event id, which is what makes a retried append idempotent there.
 * schemaVersion travels inside the metadata: the server has no field for it.
 */
export function toEventData(event: NewEvent): EventData {
  return jsonEvent({
    id: event.metadata.eventId,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  });
}

/**
 * Our positions are the commit positions of the transaction log. Every event written by a
 * (gRPC) append is committed on its own record, so its commit position is unique and equals its
 * prepare position; `{ commit: p, prepare: p }` therefore designates it exactly.
 */
export function toReadPosition(position: bigint | null): ReadPosition {
  return position === null ? START : { commit: position, prepare: position };
}

/** A stored event of ours, or null for system events (`$` types, such as links and metadata). */
export function toStoredEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent | null {
  const record = resolved.event;
  if (!record || record.type.startsWith('$')) return null;
  const position = record.position?.commit ?? resolved.commitPosition;
  if (position === undefined || position === NO_POSITION) {
    throw new Error(`event ${record.id} of ${record.streamId} came without a log position (server older than 22.6?)`);
  }
  const { schemaVersion, ...metadata } = asObject(record.metadata);
  return {
    streamId: record.streamId,
    revision: Number(record.revision),
    position,
    type: record.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    data: record.isJson ? asObject(record.data) : {},
    // Events written by other tools may lack our metadata: their server id still identifies them.
    metadata: { eventId: record.id, ...metadata } as unknown as EventMetadata,
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array)
    ? (value as Record<string, unknown>)
    : {};
}
