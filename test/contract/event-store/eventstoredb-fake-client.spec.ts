import { describe, it, expect } from '@jest/globals';
import { EventStoreDbEventStore } from '../../../libs/event-store/eventstoredb/eventstoredb-event-store.js';
import type { StoredEvent } from '../../../libs/event-store/event-store.port.js';
import { eventStoreContract } from './event-store.contract.js';
import { FakeKurrentDbClient } from './fake-kurrentdb-client.js';
import { eventually, events, ofStreams, uniqueStream } from './fixtures.js';

/**
 * The eventstoredb ADAPTER's logic against an in-memory imitation of the client: mapping,
 * idempotent retries, read-back positions, batching and re-subscription. Not a server run.
 */
const fast = { resubscribe: { minDelayMs: 5, maxDelayMs: 50 } };

eventStoreContract('eventstoredb adapter on an in-memory fake client (not a server)', async () =>
  new EventStoreDbEventStore({ client: new FakeKurrentDbClient().asClient(), ...fast }),
);

describe('eventstoredb adapter on an in-memory fake client', () => {
  it('subscribes again from its checkpoint when the connection drops, skipping and repeating nothing', async () => {
    const fake = new FakeKurrentDbClient();
    const store = new EventStoreDbEventStore({ client: fake.asClient(), ...fast });
    const stream = uniqueStream();
    const seen: StoredEvent[] = [];
    const subscription = store.subscribe({
      name: 'drop',
      after: null,
      handle: async (batch) => {
        seen.push(...ofStreams(batch, stream));
      },
    });
    await store.append(stream, events(2), 'no-stream');
    await eventually('the first events', () => seen.length === 2);

    fake.dropSubscriptions();
    await store.append(stream, events(2), 1);
    fake.dropSubscriptions();
    await store.append(stream, events(1), 3);
    await eventually('the events after the drops', () => seen.length === 5);

    expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(fake.subscribeCalls).toBeGreaterThanOrEqual(2);
    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
    await store.close();
  });

  it('answers the position of the last appended event, not the one in the server answer', async () => {
    const store = new EventStoreDbEventStore({ client: new FakeKurrentDbClient().asClient() });
    const stream = uniqueStream();
    const result = await store.append(stream, events(3), 'no-stream');
    const read = await store.readStream(stream);
    expect(result.position).toBe(read[2]!.position);
    expect(await store.headPosition()).toBe(read[2]!.position);
    await store.close();
  });

  it('sets $maxAge as stream metadata and purges nothing itself', async () => {
    const store = new EventStoreDbEventStore({ client: new FakeKurrentDbClient().asClient() });
    const stream = uniqueStream('checkins');
    await store.append(stream, events(1), 'no-stream');
    await store.setMaxAge(stream, 3600);
    await expect(store.purgeBefore(['checkins'], new Date())).resolves.toBe(0);
    // The metadata event is a system event: invisible to reads of the log.
    expect(ofStreams(await store.readAll(), `$$${stream}`)).toEqual([]);
    await store.close();
  });
});
