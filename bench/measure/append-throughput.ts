import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, NewEvent } from '../../libs/event-store/event-store.port.js';
import { SqliteEventStore } from '../../libs/event-store/sqlite/sqlite-event-store.js';
import { removeDir } from '../../test/support/test-app.js';
import { newId } from '../../src/platform/ids.js';
import type { CheckInLoad } from './check-in-load.js';
import { perSecond, since } from './stats.js';

export interface AppendThroughput {
  /** One event per append, as one check-in request appends. */
  single: { events: number; seconds: number; eventsPerSecond: number };
  /** Streams appended together through appendMany, when the adapter has it. */
  batched: { events: number; seconds: number; eventsPerSecond: number; batchSize: number } | null;
}

/** A CheckedIn event as the service logs it: the event store only sees its JSON. */
function checkedIn(item: Record<string, string>): { streamId: string; event: NewEvent } {
  const recordedAt = new Date().toISOString();
  return {
    streamId: `checkins-${item.personId}`,
    event: {
      type: item.direction === 'in' ? 'CheckedIn' : 'CheckedOut',
      schemaVersion: 1,
      data: { checkInId: item.checkInId, personId: item.personId, venueId: item.venueId, at: new Date(Date.parse(item.at)).toISOString(), source: item.source },
      metadata: { eventId: newId(), correlationId: newId(), causationId: newId(), actor: 'bench', recordedAt },
    },
  };
}

const rate = (events: number, ms: number) => ({ events, seconds: ms / 1000, eventsPerSecond: perSecond(events, ms) });

/** Appends into a fresh SQLite event store file: each append one durable transaction, as the service does. */
export async function measureAppends(load: CheckInLoad, events: number, batchSize: number): Promise<AppendThroughput> {
  const dir = mkdtempSync(join(tmpdir(), 'exposure-append-'));
  const store: EventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  try {
    const items = load.batch(events).map(checkedIn);
    let start = performance.now();
    for (const { streamId, event } of items) await store.append(streamId, [event], 'any');
    const single = rate(events, since(start));
    if (!store.appendMany) return { single, batched: null };
    const more = load.batch(events).map(checkedIn);
    start = performance.now();
    for (let i = 0; i < more.length; i += batchSize) {
      await store.appendMany(more.slice(i, i + batchSize).map(({ streamId, event }) => ({ streamId, events: [event], expected: 'any' as const })));
    }
    return { single, batched: { ...rate(events, since(start)), batchSize } };
  } finally {
    await store.close();
    removeDir(dir);
  }
}
