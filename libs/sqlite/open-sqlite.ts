import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface SqliteOptions {
  /**
   * FULL fsyncs the WAL on every commit: an acknowledged write survives a power loss. NORMAL only
   * keeps the file consistent (the last commits may roll back): enough for what can be redone.
   */
  synchronous: 'FULL' | 'NORMAL';
  /** Another process holding the write lock makes a writer wait this long, not fail at once. */
  busyTimeoutMs?: number;
}

/**
 * A SQLite file as the embedded adapters use it: its directory created, WAL (readers beside the
 * one writer), every integer read as a bigint (positions are 64-bit and must never round).
 */
export function openSqlite(file: string, options: SqliteOptions): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.defaultSafeIntegers(true);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous}`);
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  return db;
}

export function sqliteHealth(db: Database.Database): { ok: boolean; detail?: string } {
  try {
    db.prepare('SELECT 1').get();
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: String(error) };
  }
}
