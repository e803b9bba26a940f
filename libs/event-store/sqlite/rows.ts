import type { StoredEvent } from '../event-store.port.js';

/** An `events` row as read with safe integers (every INTEGER column comes back as a bigint). */
export interface EventRow {
  position: bigint;
  stream_id: string;
  revision: bigint;
  type: string;
  schema_version: bigint;
  data: string;
  metadata: string;
}

export const EVENT_COLUMNS = 'position, stream_id, revision, type, schema_version, data, metadata';

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: row.position,
    type: row.type,
    schemaVersion: Number(row.schema_version),
    data: JSON.parse(row.data) as StoredEvent['data'],
    metadata: JSON.parse(row.metadata) as StoredEvent['metadata'],
  };
}

/** Epoch milliseconds of the event's acceptance time; now when the metadata carries none. */
export function recordedAtMs(recordedAt: string | undefined): number {
  const ms = recordedAt ? Date.parse(recordedAt) : NaN;
  return Number.isNaN(ms) ? Date.now() : ms;
}
