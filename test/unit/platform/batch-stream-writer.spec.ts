import { afterEach, describe, expect, it } from '@jest/globals';
import type { ReadStreamOptions, StreamRead } from '../../../libs/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import { recordCheck, RecordCheck } from '../../../src/check-ins/domain/record-check.decider.js';
import { BatchStreamWriter, JobOutcome } from '../../../src/platform/event-sourcing/batch-stream-writer.js';
import { EventStreamWriter } from '../../../src/platform/event-sourcing/event-stream-writer.js';
import { StreamStates } from '../../../src/platform/event-sourcing/stream-states.js';

const now = Date.parse('2021-07-20T00:00:00Z');
const clock = { now: () => now };
const ctx = (id: string) => ({ actor: 'test', correlationId: 'c-1', idempotencyKey: `check-in:${id}` });
const scan = (checkInId: string, personId = 'P1', direction: 'in' | 'out' = 'in'): RecordCheck => ({
  checkInId,
  personId,
  venueId: 'V1',
  direction,
  at: Date.parse('2021-07-19T08:00:00Z'),
  source: 'gateway',
});
const job = (command: RecordCheck) => ({ streamId: `checkins-${command.personId}`, command, ctx: ctx(command.checkInId) });

/** The store, counting what writers read of each stream. */
class CountingStore extends SqliteEventStore {
  readonly reads: { streamId: string; from: number; events: number }[] = [];
  beforeAppendMany: (() => Promise<unknown>) | null = null;

  override async appendMany(batch: Parameters<SqliteEventStore['appendMany']>[0]) {
    await this.beforeAppendMany?.();
    return super.appendMany(batch);
  }

  override async readStream(streamId: string, options?: ReadStreamOptions) {
    const events = await super.readStream(streamId, options);
    this.reads.push({ streamId, from: options?.fromRevision ?? 0, events: events.length });
    return events;
  }

  override async readStreams(requests: StreamRead[]) {
    const read = await super.readStreams(requests);
    requests.forEach((r, i) => this.reads.push({ streamId: r.streamId, from: r.fromRevision ?? 0, events: read[i].length }));
    return read;
  }
}

let store: CountingStore;
afterEach(async () => store?.close());

function writers() {
  store = new CountingStore({ file: ':memory:' });
  const single = new EventStreamWriter(store, clock);
  const states = new StreamStates();
  return { single, states, batch: new BatchStreamWriter(store, clock, single, states) };
}

const statuses = (outcomes: JobOutcome[]) => outcomes.map((o) => (o.ok ? 'ok' : (o.error as Error).name));

describe('batch stream writer', () => {
  it('reads only what was appended since its last batch on a stream', async () => {
    const { batch } = writers();
    await batch.executeAll(recordCheck, [job(scan('a')), job(scan('b'))]);
    store.reads.length = 0;
    expect(statuses(await batch.executeAll(recordCheck, [job(scan('c')), job(scan('a'))]))).toEqual(['ok', 'ok']);
    expect(store.reads).toEqual([{ streamId: 'checkins-P1', from: 2, events: 0 }]);
    expect((await store.readStream('checkins-P1')).map((e) => e.data.checkInId)).toEqual(['a', 'b', 'c']);
  });

  it('sees what other writers appended in between: a retry is still a no-op, other data still a conflict', async () => {
    const { batch, single } = writers();
    await batch.executeAll(recordCheck, [job(scan('a'))]);
    await single.execute('checkins-P1', recordCheck, scan('b'), ctx('b'));
    const head = await store.headPosition();
    const outcomes = await batch.executeAll(recordCheck, [job(scan('b')), job(scan('a', 'P1', 'out')), job(scan('c'))]);
    expect(statuses(outcomes)).toEqual(['ok', 'ConflictError', 'ok']);
    expect(outcomes[0]).toEqual({ ok: true, position: head });
    expect((await store.readStream('checkins-P1')).map((e) => e.data.checkInId)).toEqual(['a', 'b', 'c']);
  });

  it('keeps no state whose append failed, and none from before a clear', async () => {
    const { batch, single, states } = writers();
    await batch.executeAll(recordCheck, [job(scan('a'))]);
    // A concurrent writer gets in between the batch's read and its append.
    store.beforeAppendMany = () => single.execute('checkins-P1', recordCheck, scan('b'), ctx('b'));
    expect(statuses(await batch.executeAll(recordCheck, [job(scan('c'))]))).toEqual(['ok']);
    store.beforeAppendMany = null;
    store.reads.length = 0;
    expect(statuses(await batch.executeAll(recordCheck, [job(scan('d'))]))).toEqual(['ok']);
    expect(store.reads).toEqual([{ streamId: 'checkins-P1', from: 0, events: 3 }]);
    states.clear();
    store.reads.length = 0;
    await batch.executeAll(recordCheck, [job(scan('e'))]);
    expect(store.reads).toEqual([{ streamId: 'checkins-P1', from: 0, events: 4 }]);
    expect((await store.readStream('checkins-P1')).map((e) => e.data.checkInId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
