import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LogCheckpoint, logMismatch } from '../../../libs/event-store/log-identity.js';
import { SqliteEventStore } from '../../../libs/event-store/sqlite/sqlite-event-store.js';
import type { NewEvent } from '../../../libs/event-store/event-store.port.js';
import { events, uniqueStream } from '../../contract/event-store/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'log-mismatch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const nextFile = () => join(dir, `events-${(files += 1)}.sqlite`);

/** A checkpoint after the last of `written`, as a read model that handled it would store it. */
async function checkpointAfter(store: SqliteEventStore, written: NewEvent[]): Promise<LogCheckpoint> {
  const last = written[written.length - 1]!;
  const [stored] = (await store.readAll()).filter((e) => e.metadata.eventId === last.metadata.eventId);
  return { position: stored!.position, log: { logId: await store.logId(), eventId: last.metadata.eventId } };
}

describe('whether a checkpoint may be resumed on a log', () => {
  it('resumes on the log it was written on', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const written = events(3);
    await store.append(uniqueStream(), written, 'no-stream');
    const checkpoint = await checkpointAfter(store, written);
    await store.append(uniqueStream(), events(2), 'no-stream');
    expect(await logMismatch(store, checkpoint)).toBeNull();
    await store.close();
  });

  it('does not resume on another log, nor a checkpoint that does not name its log', async () => {
    const a = new SqliteEventStore({ file: ':memory:' });
    const b = new SqliteEventStore({ file: ':memory:' });
    const written = events(2);
    await a.append(uniqueStream(), written, 'no-stream');
    await b.append(uniqueStream(), events(5), 'no-stream');
    const checkpoint = await checkpointAfter(a, written);
    expect(await logMismatch(b, checkpoint)).toMatch(`written on log ${await a.logId()}, and this is log ${await b.logId()}`);
    expect(await logMismatch(a, { ...checkpoint, log: null })).toMatch('does not say which log');
    await Promise.all([a.close(), b.close()]);
  });

  it('does not resume on the same log restored from an older copy: ending before it, or written on since', async () => {
    const file = nextFile();
    const backup = nextFile();
    const live = new SqliteEventStore({ file });
    await live.append(uniqueStream(), events(2), 'no-stream');
    await live.close();
    copyFileSync(file, backup);
    const reopened = new SqliteEventStore({ file });
    const written = events(3);
    await reopened.append(uniqueStream(), written, 'no-stream');
    const checkpoint = await checkpointAfter(reopened, written);
    await reopened.close();

    const restored = new SqliteEventStore({ file: backup });
    expect(await restored.logId()).toBe(checkpoint.log!.logId);
    expect(await logMismatch(restored, checkpoint)).toMatch('before the checkpoint');
    await restored.append(uniqueStream(), events(4), 'no-stream');
    expect(await logMismatch(restored, checkpoint)).toMatch(`the event at position ${checkpoint.position} is`);
    await restored.close();
  });

  it('resumes when retention deleted the event at the checkpoint from the same log', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const old = events(1).map((e) => ({ ...e, metadata: { ...e.metadata, recordedAt: '2021-07-01T00:00:00Z' } }));
    await store.append('checkins-p1', old, 'no-stream');
    const checkpoint = await checkpointAfter(store, old);
    await store.append(uniqueStream(), events(1), 'no-stream');
    await store.purgeBefore(['checkins'], new Date('2021-08-01T00:00:00Z'));
    expect(await store.eventIdAt(checkpoint.position)).toBeNull();
    expect(await logMismatch(store, checkpoint)).toBeNull();
    await store.close();
  });
});
