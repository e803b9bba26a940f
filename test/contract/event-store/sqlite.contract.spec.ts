import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import { EventIdConflictError } from '../../../libs/event-store/errors.js';
import type { EventStore, NewEvent } from '../../../libs/event-store/event-store.port.js';
import { eventStoreContract } from './event-store.contract.js';
import { eventually, events, idsOf, uniqueStream } from './fixtures.js';

let dir: string;
let files = 0;
const nextFile = () => join(dir, `events-${(files += 1)}.sqlite`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'event-store-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileOf = new WeakMap<EventStore, string>();
const openFile = (file: string): SqliteEventStore => {
  const store = new SqliteEventStore({ file });
  fileOf.set(store, file);
  return store;
};

eventStoreContract('sqlite', async () => openFile(nextFile()), undefined, {
  reopen: async (store) => openFile(fileOf.get(store)!),
  newLog: async () => openFile(nextFile()),
});

describe('sqlite event store', () => {
  it('keeps its data across close and reopen', async () => {
    const file = nextFile();
    const stream = uniqueStream();
    const first = new SqliteEventStore({ file });
    const result = await first.append(stream, events(2), 'no-stream');
    const before = await first.readStream(stream);
    await first.close();

    const reopened = new SqliteEventStore({ file });
    expect(await reopened.readStream(stream)).toEqual(before);
    expect(await reopened.headPosition()).toBe(result.position);
    await expect(reopened.append(stream, events(1), 1)).resolves.toMatchObject({ nextRevision: 2 });
    await reopened.close();
  });

  it('answers no event id where there is none: past the head, or deleted by retention', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const old = { ...events(1)[0]!, metadata: { ...events(1)[0]!.metadata, recordedAt: '2021-07-01T00:00:00Z' } };
    const { position } = await store.append('checkins-p1', [old], 'no-stream');
    expect(await store.eventIdAt(position)).toBe(old.metadata.eventId);
    expect(await store.eventIdAt(position + 1n)).toBeNull();
    await store.purgeBefore(['checkins'], new Date('2021-08-01T00:00:00Z'));
    expect(await store.eventIdAt(position)).toBeNull();
    await store.close();
  });

  it('gives a file of the first schema, made before logs had an id, an id that then stays', async () => {
    const file = nextFile();
    const first = new SqliteEventStore({ file });
    await first.append(uniqueStream(), events(1), 'no-stream');
    await first.close();
    const raw = new Database(file);
    raw.exec('DROP TABLE log_identity');
    raw.close();

    const upgraded = new SqliteEventStore({ file });
    const id = await upgraded.logId();
    await upgraded.close();
    const again = new SqliteEventStore({ file });
    expect(await again.logId()).toBe(id);
    expect(await again.readAll()).toHaveLength(1);
    await again.close();
  });

  it('opens its file in WAL mode', async () => {
    const file = nextFile();
    await new SqliteEventStore({ file }).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('reports an empty log as head null and is healthy', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    expect(await store.headPosition()).toBeNull();
    expect(await store.readAll()).toEqual([]);
    expect(await store.health()).toEqual({ ok: true });
    await store.close();
    expect((await store.health()).ok).toBe(false);
  });

  it('lets a second store on the same file see appends through subscription polling', async () => {
    const file = nextFile();
    const reader = new SqliteEventStore({ file, pollIntervalMs: 50 });
    const writer = new SqliteEventStore({ file });
    const stream = uniqueStream();
    const seen: string[] = [];
    const subscription = reader.subscribe({
      name: 'other-connection',
      after: null,
      handle: async (batch) => {
        seen.push(...idsOf(batch));
      },
    });
    const written = events(3);
    await writer.append(stream, written.slice(0, 1), 'no-stream');
    await eventually('the first append', () => seen.length === 1);
    await writer.append(stream, written.slice(1), 0);
    await eventually('the second append', () => seen.length === 3);
    expect(seen).toEqual(idsOf(written));
    await subscription.stop();
    await Promise.all([reader.close(), writer.close()]);
  });

  it('refuses an event id already used in another stream', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const [event] = events(1);
    await store.append(uniqueStream(), [event!], 'no-stream');
    await expect(store.append(uniqueStream(), [event!], 'no-stream')).rejects.toBeInstanceOf(EventIdConflictError);
    await store.close();
  });

  it('purges only old events of the named categories, and never reuses their revisions', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const cutoff = new Date('2021-08-01T00:00:00Z');
    const at = (iso: string, event: NewEvent) => ({ ...event, metadata: { ...event.metadata, recordedAt: iso } });
    const old = (e: NewEvent) => at('2021-07-01T00:00:00+07:00', e);
    const recent = (e: NewEvent) => at('2021-08-02T00:00:00Z', e);
    const [checkins, contact, person, lookalike] = ['checkins-p1', 'contact-c1', 'person-p1', 'checkinsX-p1'];

    await store.append(checkins, [old(events(1)[0]!), old(events(1)[0]!), recent(events(1)[0]!)], 'no-stream');
    await store.append(contact, [old(events(1)[0]!)], 'no-stream');
    await store.append(person, [old(events(1)[0]!)], 'no-stream');
    await store.append(lookalike, [old(events(1)[0]!)], 'no-stream');

    await expect(store.purgeBefore(['checkins', 'contact'], cutoff)).resolves.toBe(3);
    expect((await store.readStream(checkins)).map((e) => e.revision)).toEqual([2]);
    expect(await store.readStream(contact)).toEqual([]);
    expect(await store.readStream(person)).toHaveLength(1);
    expect(await store.readStream(lookalike)).toHaveLength(1);

    // The emptied stream still exists at its revision: a new stream's append is refused.
    await expect(store.append(contact, events(1), 'no-stream')).rejects.toMatchObject({ actual: 0 });
    await expect(store.append(contact, events(1), 0)).resolves.toMatchObject({ nextRevision: 1 });
    await expect(store.purgeBefore(['checkins', 'contact'], cutoff)).resolves.toBe(0);
    await store.close();
  });
});
