import { afterEach, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import type { StoredEvent } from '../../../libs/event-store/event-store.port.js';
import { ResilientSubscription } from '../../../src/platform/event-sourcing/resilient-subscription.js';
import { events, eventually } from '../../contract/event-store/fixtures.js';

const FAST = { minDelayMs: 5, maxDelayMs: 20 };
let store: SqliteEventStore;
afterEach(async () => store?.close());

describe('resilient subscription', () => {
  it('retries a failing batch from the checkpoint until it succeeds, dropping and repeating nothing', async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    await store.append('s-1', events(5), 'no-stream');
    const errors: string[] = [];
    // Each test file has its own module registry: overriding Nest's static logger stays in this file.
    Logger.overrideLogger({ log() {}, warn() {}, debug() {}, verbose() {}, error: (m: unknown) => errors.push(String(m)) });
    let checkpoint: bigint | null = null;
    const handled: bigint[] = [];
    let failuresLeft = 3;
    const runner = new ResilientSubscription({
      name: 'test:flaky',
      store,
      batchSize: 2,
      backoff: FAST,
      checkpoint: async () => checkpoint,
      handle: async (batch: StoredEvent[]) => {
        if (batch.some((e) => e.position === 3n) && failuresLeft-- > 0) throw new Error('transient');
        handled.push(...batch.map((e) => e.position));
        checkpoint = batch[batch.length - 1].position;
      },
    });
    await runner.start();
    await eventually('every event to be handled', () => handled.length === 5);
    expect(handled).toEqual([1n, 2n, 3n, 4n, 5n]);
    expect(runner.lastError).toBeNull();
    const retries = errors.filter((m) => m.includes('resuming from its checkpoint'));
    expect(retries).toHaveLength(3);
    expect(retries[0]).toMatch(/positions 3\.\.4 \(2 events: ThingHappened\): transient; resuming from its checkpoint/);
    await runner.stop();
  });

  it('retries a checkpoint that cannot be read yet, and stops for good when stopped', async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    await store.append('s-1', events(1), 'no-stream');
    Logger.overrideLogger(false);
    let reads = 0;
    const handled: StoredEvent[] = [];
    const runner = new ResilientSubscription({
      name: 'test:checkpoint',
      store,
      backoff: FAST,
      checkpoint: async () => {
        if (++reads < 3) throw new Error('checkpoints unavailable');
        return null;
      },
      handle: async (batch) => {
        handled.push(...batch);
      },
    });
    await runner.start();
    await eventually('the event after two failed checkpoint reads', () => handled.length === 1);
    await runner.stop();
    await store.append('s-1', events(1), 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(handled).toHaveLength(1);
  });
});
