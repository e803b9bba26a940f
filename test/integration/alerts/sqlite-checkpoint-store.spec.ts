import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteCheckpointStore } from '../../../libs/checkpoints/sqlite/sqlite-checkpoint-store.js';

const dir = mkdtempSync(join(tmpdir(), 'checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite checkpoint store', () => {
  const log = (eventId: string) => ({ logId: 'log-a', eventId });

  it('keeps each subscription position, 64-bit exact, with its log identity, across reopening the file', async () => {
    const file = join(dir, 'a.sqlite');
    const store = new SqliteCheckpointStore(file);
    expect(await store.load('reactor')).toBeNull();
    await store.save('reactor', 12n, log('e12'));
    await store.save('reactor', 9_007_199_254_740_993n, log('e-big'));
    await store.save('outbox', 3n, log('e3'));
    await store.close();

    const reopened = new SqliteCheckpointStore(file);
    expect(await reopened.load('reactor')).toEqual({ position: 9_007_199_254_740_993n, log: log('e-big') });
    expect(await reopened.load('outbox')).toEqual({ position: 3n, log: log('e3') });
    await reopened.reset('outbox');
    expect(await reopened.load('outbox')).toBeNull();
    expect(await reopened.health()).toEqual({ ok: true });
    await reopened.close();
    expect((await reopened.health()).ok).toBe(false);
  });

  it('reads a checkpoint saved before checkpoints knew their log as one without a log identity', async () => {
    const file = join(dir, 'old.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID');
    raw.prepare('INSERT INTO checkpoints VALUES (?, ?, ?)').run('reactor', 42, Date.now());
    raw.close();

    const store = new SqliteCheckpointStore(file);
    expect(await store.load('reactor')).toEqual({ position: 42n, log: null });
    await store.save('reactor', 43n, log('e43'));
    expect(await store.load('reactor')).toEqual({ position: 43n, log: log('e43') });
    await store.close();
  });

  it('writes in WAL mode with synchronous=NORMAL (a rolled-back save only repeats idempotent work)', async () => {
    const file = join(dir, 'b.sqlite');
    const store = new SqliteCheckpointStore(file);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    // synchronous is per connection: read it from the store's own.
    const db = (store as unknown as { db: Database.Database }).db;
    expect(db.pragma('synchronous', { simple: true })).toBe(1n);
    await store.close();
  });
});
