/**
 * The event store: its port, the errors every adapter shares, and the adapters.
 * Importing this index loads the EventStoreDB client too; code that wants it only when configured
 * imports `./eventstoredb/eventstoredb-event-store.js` lazily instead.
 */
export * from './event-store.port.js';
export * from './log-identity.js';
export { EventIdConflictError, InvalidEventsError } from './errors.js';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store.js';
export {
  EventStoreDbEventStore,
  type EventStoreDbOptions,
  type EventStoreDbTuning,
} from './eventstoredb/eventstoredb-event-store.js';
