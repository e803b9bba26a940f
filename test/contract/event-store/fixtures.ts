import { randomUUID } from 'node:crypto';
import type { NewEvent, StoredEvent } from '../../../libs/event-store/event-store.port.js';
import { waitUntil } from '../../support/wait-until.js';

/** Unique per call, so that the suite can run against a shared, long-lived server. */
export function uniqueStream(category = 'contract'): string {
  return `${category}${randomUUID().slice(0, 8)}-${randomUUID()}`;
}

export function newEvent(type = 'ThingHappened', data: Record<string, unknown> = {}, schemaVersion = 1): NewEvent {
  const eventId = randomUUID();
  return {
    type,
    schemaVersion,
    data,
    metadata: {
      eventId,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: 'contract-test',
      recordedAt: new Date().toISOString(),
    },
  };
}

export function events(n: number, type?: string): NewEvent[] {
  return Array.from({ length: n }, (_, i) => newEvent(type, { i }));
}

export function ofStreams(stored: StoredEvent[], ...streams: string[]): StoredEvent[] {
  return stored.filter((e) => streams.includes(e.streamId));
}

export function idsOf(stored: { metadata: { eventId: string } }[]): string[] {
  return stored.map((e) => e.metadata.eventId);
}

/** Polls until `check` holds; the failure names what was awaited (test/support/wait-until.ts). */
export async function eventually(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  await waitUntil(what, async () => ({ done: check(), seen: false }), { timeoutMs, intervalMs: 10 });
}
