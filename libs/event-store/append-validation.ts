import type { NewEvent } from './event-store.port.js';
import { InvalidEventsError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks what every adapter requires of an append and returns its event ids, lower-cased.
 *
 * Event ids must be UUIDs because EventStoreDB stores them as UUIDs; the SQLite adapter holds
 * callers to the same rule so that switching adapters never changes what is accepted. Callers
 * derive deterministic UUIDs (e.g. v5) from idempotency keys, so a retried request carries the
 * same ids. Types starting with `$` are reserved for the servers' system events, which reads skip.
 */
export function validatedEventIds(streamId: string, events: NewEvent[]): string[] {
  if (!streamId || streamId.startsWith('$')) throw new InvalidEventsError(streamId, 'invalid stream name');
  if (events.length === 0) throw new InvalidEventsError(streamId, 'no events');
  const ids = events.map((event, i) => {
    const id = event.metadata?.eventId;
    if (typeof id !== 'string' || !UUID.test(id)) {
      throw new InvalidEventsError(streamId, `event ${i}: metadata.eventId must be a UUID`);
    }
    if (!event.type || event.type.startsWith('$')) {
      throw new InvalidEventsError(streamId, `event ${i}: invalid type "${event.type}"`);
    }
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new InvalidEventsError(streamId, `event ${i}: schemaVersion must be a positive integer`);
    }
    return id.toLowerCase();
  });
  if (new Set(ids).size !== ids.length) throw new InvalidEventsError(streamId, 'duplicate event ids in one append');
  return ids;
}
