import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import {
  type EventStore,
  type StoredEvent,
  type Subscription,
  WrongExpectedRevisionError,
} from '../../../libs/event-store/event-store.port.js';
import { EventIdConflictError, InvalidEventsError } from '../../../libs/event-store/errors.js';
import { eventually, events, idsOf, newEvent, ofStreams, uniqueStream } from './fixtures.js';

/**
 * The one behaviour every EventStore adapter must have (DESIGN.md section 6). Each test makes its
 * own store and its own streams, and looks only at its own streams, so the suite also holds
 * against a shared server that other writers use.
 */
export interface LogIdentityFixtures {
  /** The same log opened again (a new store object, as after a restart). */
  reopen(store: EventStore): Promise<EventStore>;
  /** A log of its own, where the adapter's suite can make one (another file; not another server). */
  newLog?(): Promise<EventStore>;
}

export function eventStoreContract(
  name: string,
  make: () => Promise<EventStore>,
  teardown: (store: EventStore) => Promise<void> = (store) => store.close(),
  logs?: LogIdentityFixtures,
): void {
  describe(`event store contract: ${name}`, () => {
    let store: EventStore;
    const subscriptions: Subscription[] = [];

    beforeEach(async () => {
      store = await make();
    });

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((s) => s.stop()));
      await teardown(store);
    });

    function follow(after: bigint | null, streams: string[], options: { batchSize?: number } = {}) {
      const seen: StoredEvent[] = [];
      const subscription = store.subscribe({
        name: `contract-${name}`,
        after,
        batchSize: options.batchSize,
        handle: async (batch) => {
          seen.push(...ofStreams(batch, ...streams));
        },
      });
      subscriptions.push(subscription);
      return { seen, subscription };
    }

    it('appends to a new stream with no-stream, and refuses no-stream once it exists', async () => {
      const stream = uniqueStream();
      const written = events(2);
      const result = await store.append(stream, written, 'no-stream');
      expect(result).toMatchObject({ nextRevision: 1, appended: true });

      const read = await store.readStream(stream);
      expect(read.map((e) => e.revision)).toEqual([0, 1]);
      expect(read.every((e) => e.streamId === stream)).toBe(true);
      expect(read[1]!.position).toBe(result.position);
      expect(read[0]!.position < read[1]!.position).toBe(true);

      await expect(store.append(stream, events(1), 'no-stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    });

    it('appends at the expected revision and refuses a wrong one without writing anything', async () => {
      const stream = uniqueStream();
      await store.append(stream, events(1), 'no-stream');
      await expect(store.append(stream, events(1), 0)).resolves.toMatchObject({ nextRevision: 1 });

      const stale = store.append(stream, events(1), 0);
      await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(stale).rejects.toMatchObject({ streamId: stream, expected: 0, actual: 1 });
      await expect(store.append(stream, events(1), 7)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(store.append(uniqueStream(), events(1), 0)).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        actual: 'no-stream',
      });
      expect(await store.readStream(stream)).toHaveLength(2);

      await expect(store.append(stream, events(2), 'any')).resolves.toMatchObject({ nextRevision: 3 });
    });

    it('lets exactly one of concurrent appends with the same expected revision win', async () => {
      const stream = uniqueStream();
      await store.append(stream, events(1), 'no-stream');
      const contenders = Array.from({ length: 5 }, () => events(2));
      const results = await Promise.allSettled(contenders.map((batch) => store.append(stream, batch, 0)));

      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((r) => r.reason instanceof WrongExpectedRevisionError)).toBe(true);
      const winner = contenders[results.findIndex((r) => r.status === 'fulfilled')]!;
      const read = await store.readStream(stream);
      expect(idsOf(read.slice(1))).toEqual(idsOf(winner));
    });

    it('appends to many streams at once, answering a refused stream alone (where offered)', async () => {
      if (!store.appendMany) return;
      const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
      await store.append(b, events(1), 'no-stream');
      const results = await store.appendMany([
        { streamId: a, events: events(2), expected: 'no-stream' },
        { streamId: b, events: events(1), expected: 5 },
        { streamId: c, events: events(1), expected: 'no-stream' },
      ]);
      expect(results[0]).toMatchObject({ nextRevision: 1, appended: true });
      expect(results[1]).toBeInstanceOf(WrongExpectedRevisionError);
      expect(results[2]).toMatchObject({ nextRevision: 0, appended: true });
      expect((await store.readStream(a)).map((e) => e.revision)).toEqual([0, 1]);
      expect(await store.readStream(b)).toHaveLength(1);
      expect(await store.readStream(c)).toHaveLength(1);
    });

    it('appends to many streams at once as one after the other: a stream named twice, an id reused, a retry (where offered)', async () => {
      if (!store.appendMany) return;
      const [a, b] = [uniqueStream(), uniqueStream()];
      const request = events(1);
      const shared = newEvent();
      const earlier = await store.append(b, request, 'no-stream');
      const results = await store.appendMany([
        { streamId: a, events: [shared], expected: 'no-stream' },
        { streamId: a, events: events(1), expected: 0 },
        { streamId: b, events: [shared], expected: 0 },
        { streamId: b, events: request, expected: 'no-stream' },
        { streamId: b, events: events(1), expected: 'no-stream' },
      ]);
      expect(results[0]).toMatchObject({ nextRevision: 0, appended: true });
      expect(results[1]).toMatchObject({ nextRevision: 1, appended: true });
      expect(results[2]).toBeInstanceOf(EventIdConflictError);
      expect(results[3]).toEqual({ ...earlier, appended: false });
      expect(results[4]).toBeInstanceOf(WrongExpectedRevisionError);
      expect((await store.readStream(a)).map((e) => e.revision)).toEqual([0, 1]);
      expect(idsOf(await store.readStream(b))).toEqual(idsOf(request));
    });

    it('answers an exact retry with the first result and appends nothing', async () => {
      const stream = uniqueStream();
      const request = events(2);
      const first = await store.append(stream, request, 'no-stream');

      const retry = await store.append(stream, request, 'no-stream');
      expect(retry).toEqual({ ...first, appended: false });

      await store.append(stream, events(1), 1);
      // The stream moved on: the retry is still recognised, not a revision conflict.
      await expect(store.append(stream, request, 'no-stream')).resolves.toEqual({ ...first, appended: false });
      await expect(store.append(stream, request, 'any')).resolves.toEqual({ ...first, appended: false });
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    it('keeps event ids unique in a stream: reuse that is not an exact retry is refused', async () => {
      const stream = uniqueStream();
      const [a, b] = events(2);
      await store.append(stream, [a!, b!], 'no-stream');

      await expect(store.append(stream, [newEvent(), a!], 1)).rejects.toBeInstanceOf(EventIdConflictError);
      await expect(store.append(stream, [b!, a!], 1)).rejects.toBeInstanceOf(EventIdConflictError);
      const twice = newEvent();
      await expect(store.append(stream, [twice, twice], 1)).rejects.toBeInstanceOf(InvalidEventsError);

      const read = await store.readStream(stream);
      expect(idsOf(read)).toEqual(idsOf([a!, b!]));
    });

    it('refuses events no adapter can store', async () => {
      const stream = uniqueStream();
      await expect(store.append(stream, [], 'any')).rejects.toBeInstanceOf(InvalidEventsError);
      const notUuid = newEvent();
      notUuid.metadata.eventId = 'request-42';
      await expect(store.append(stream, [notUuid], 'any')).rejects.toBeInstanceOf(InvalidEventsError);
      await expect(store.append(stream, [newEvent('$system')], 'any')).rejects.toBeInstanceOf(InvalidEventsError);
      expect(await store.readStream(stream)).toEqual([]);
    });

    it('reads a stream in revision order, and an unknown stream as empty', async () => {
      const stream = uniqueStream();
      const written = [...events(1, 'A'), ...events(2, 'B'), ...events(1, 'C')];
      await store.append(stream, written.slice(0, 1), 'no-stream');
      await store.append(stream, written.slice(1, 3), 0);
      await store.append(stream, written.slice(3), 2);

      const read = await store.readStream(stream);
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
      expect(read.map((e) => e.type)).toEqual(['A', 'B', 'B', 'C']);
      expect(idsOf(read)).toEqual(idsOf(written));
      expect(read.every((e, i) => i === 0 || read[i - 1]!.position < e.position)).toBe(true);
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads a stream from a revision on, for a reader that has folded it up to there', async () => {
      const stream = uniqueStream();
      await store.append(stream, events(3), 'no-stream');
      const all = await store.readStream(stream);
      expect(await store.readStream(stream, { fromRevision: 0 })).toEqual(all);
      expect(await store.readStream(stream, { fromRevision: 2 })).toEqual(all.slice(2));
      expect(await store.readStream(stream, { fromRevision: 3 })).toEqual([]);
      expect(await store.readStream(uniqueStream(), { fromRevision: 1 })).toEqual([]);
    });

    it('reads several streams at once, each from its revision, in the order asked (where offered)', async () => {
      if (!store.readStreams) return;
      const [a, b] = [uniqueStream(), uniqueStream()];
      await store.append(a, events(3), 'no-stream');
      await store.append(b, events(2), 'no-stream');
      const [allA, allB] = [await store.readStream(a), await store.readStream(b)];
      expect(await store.readStreams([{ streamId: b }, { streamId: uniqueStream() }, { streamId: a, fromRevision: 1 }, { streamId: b, fromRevision: 2 }])).toEqual([
        allB,
        [],
        allA.slice(1),
        [],
      ]);
      expect(await store.readStreams([])).toEqual([]);
    });

    it('reads the whole log strictly after a position, in append order, up to a limit', async () => {
      const [s1, s2] = [uniqueStream(), uniqueStream()];
      const before = await store.headPosition();
      const written = events(5);
      await store.append(s1, written.slice(0, 1), 'no-stream');
      await store.append(s2, written.slice(1, 3), 'no-stream');
      await store.append(s1, written.slice(3), 0);

      const all = await store.readAll({ after: before });
      const ours = ofStreams(all, s1, s2);
      expect(idsOf(ours)).toEqual(idsOf(written));
      expect(all.every((e, i) => (before === null || e.position > before) && (i === 0 || all[i - 1]!.position < e.position))).toBe(true);

      const limited = await store.readAll({ after: before, limit: 2 });
      expect(limited).toEqual(all.slice(0, 2));
      const afterThird = await store.readAll({ after: ours[2]!.position });
      expect(idsOf(ofStreams(afterThird, s1, s2))).toEqual(idsOf(written.slice(3)));
    });

    it('reports the head position of the log', async () => {
      const stream = uniqueStream();
      const result = await store.append(stream, events(2), 'no-stream');
      const head = await store.headPosition();
      expect(head).not.toBeNull();
      expect(head! >= result.position).toBe(true);
      expect(ofStreams(await store.readAll({ after: head }), stream)).toEqual([]);
    });

    it('has a log id, the same on every read and after the log is opened again', async () => {
      const id = await store.logId();
      expect(id).toMatch(/\S/);
      await store.append(uniqueStream(), events(1), 'no-stream');
      expect(await store.logId()).toBe(id);
      if (!logs) return;
      const reopened = await logs.reopen(store);
      try {
        expect(await reopened.logId()).toBe(id);
      } finally {
        await reopened.close();
      }
    });

    it('gives a new log another id (where the suite can make one)', async () => {
      if (!logs?.newLog) return;
      const other = await logs.newLog();
      try {
        expect(await other.logId()).not.toBe(await store.logId());
      } finally {
        await other.close();
      }
    });

    it('answers the id of the event at a position it gave out', async () => {
      const stream = uniqueStream();
      const written = events(3);
      await store.append(stream, written, 'no-stream');
      const stored = await store.readStream(stream);
      for (const [i, event] of stored.entries()) {
        expect(await store.eventIdAt(event.position)).toBe(written[i]!.metadata.eventId);
      }
    });

    it('round-trips data, metadata and schemaVersion unchanged', async () => {
      const stream = uniqueStream();
      const event = newEvent('PersonRegistered', { name: 'Nguyễn Văn A', n: 1.5, list: [1, 'x', null], nested: { ok: true } }, 3);
      // Positions handed to the store are ones it gave out: EventStoreDB has no event at p - 1.
      const before = await store.headPosition();
      const result = await store.append(stream, [event], 'no-stream');
      const { seen } = follow(before, [stream]);

      const [fromStream] = await store.readStream(stream);
      const fromLog = ofStreams(await store.readAll({ after: before }), stream);
      await eventually('the subscription to deliver the event', () => seen.length === 1);
      const expected = { ...event, streamId: stream, revision: 0, position: result.position };
      expect(fromStream).toEqual(expected);
      expect(fromLog).toEqual([expected]);
      expect(seen).toEqual([expected]);
    });

    it('subscribes from the beginning: history, then live events, in order, each once', async () => {
      const stream = uniqueStream();
      await store.append(stream, events(3), 'no-stream');
      const { seen, subscription } = follow(null, [stream], { batchSize: 2 });
      await eventually('the history', () => seen.length === 3);

      await store.append(stream, events(1), 2);
      await store.append(stream, events(2), 3);
      await eventually('the live events', () => seen.length >= 6);
      await new Promise((r) => setTimeout(r, 300)); // a duplicate would arrive by now
      expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(seen).toEqual(await store.readStream(stream));

      await subscription.stop();
      await expect(subscription.done).resolves.toBeUndefined();
    });

    it('resumes strictly after a checkpoint', async () => {
      const stream = uniqueStream();
      await store.append(stream, events(4), 'no-stream');
      const read = await store.readStream(stream);
      const { seen } = follow(read[1]!.position, [stream]);
      await eventually('the events after the checkpoint', () => seen.length === 2);
      await store.append(stream, events(1), 3);
      await eventually('the live event', () => seen.length === 3);
      expect(seen.map((e) => e.revision)).toEqual([2, 3, 4]);
    });

    it('stops on a handler error, rejects done, and never skips the failed batch', async () => {
      const stream = uniqueStream();
      const before = await store.headPosition();
      for (let i = 0; i < 3; i += 1) await store.append(stream, events(1), i === 0 ? 'no-stream' : i - 1);

      const handled: StoredEvent[] = [];
      let checkpoint = before;
      let failed = false;
      const failing = store.subscribe({
        name: 'contract-failing',
        after: before,
        batchSize: 1,
        handle: async (batch) => {
          if (ofStreams(batch, stream).some((e) => e.revision === 1)) {
            failed = true;
            throw new Error('projection failed');
          }
          handled.push(...ofStreams(batch, stream));
          checkpoint = batch[batch.length - 1]!.position;
        },
      });
      subscriptions.push(failing);
      await expect(failing.done).rejects.toThrow('projection failed');
      expect(failed).toBe(true);
      expect(handled.map((e) => e.revision)).toEqual([0]);

      await store.append(stream, events(1), 2);
      const { seen } = follow(checkpoint, [stream]);
      await eventually('the failed batch and what followed', () => seen.length === 3);
      expect(seen.map((e) => e.revision)).toEqual([1, 2, 3]);
      expect(handled).toHaveLength(1); // the stopped subscription handled nothing more
    });
  });
}
