import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteCheckpointStore } from '../../../libs/checkpoints/sqlite/sqlite-checkpoint-store.js';

const dir = mkdtempSync(join(tmpdir(), 'checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite checkpoint store', () => {
  it('keeps each subscription position, 64-bit exact, across reopening the file', async () => {
    const file = join(dir, 'a.sqlite');
    const store = new SqliteCheckpointStore(file);
    expect(await store.load('reactor')).toBeNull();
    await store.save('reactor', 12n);
    await store.save('reactor', 9_007_199_254_740_993n);
    await store.save('outbox', 3n);
    await store.close();

    const reopened = new SqliteCheckpointStore(file);
    expect(await reopened.load('reactor')).toBe(9_007_199_254_740_993n);
    expect(await reopened.load('outbox')).toBe(3n);
    await reopened.reset('outbox');
    expect(await reopened.load('outbox')).toBeNull();
    expect(await reopened.health()).toEqual({ ok: true });
    await reopened.close();
    expect((await reopened.health()).ok).toBe(false);
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
