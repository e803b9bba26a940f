import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** Bumped when the layout below changes; a file of another version is refused, not guessed at. */
const SCHEMA_VERSION = 1;

/**
 * `data` and `metadata` are JSON texts. They are declared TEXT, not JSON: SQLite would give a
 * `JSON` column numeric affinity and could turn a text into a number.
 * `recorded_at` is the event's `metadata.recordedAt` in epoch milliseconds, so that retention
 * compares instants, not strings that may carry different offsets.
 * `streams` keeps each stream's last revision: retention may delete a stream's newest events, and
 * revisions must still never be reused.
 * AUTOINCREMENT: positions are never reused after deletions, so checkpoints stay meaningful.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id       TEXT    NOT NULL UNIQUE,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL CHECK (json_valid(data)),
  metadata       TEXT    NOT NULL CHECK (json_valid(metadata)),
  recorded_at    INTEGER NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE TABLE IF NOT EXISTS streams (
  stream_id TEXT    PRIMARY KEY,
  revision  INTEGER NOT NULL
) WITHOUT ROWID;
`;

/**
 * The log's identity (EventStore.logId): one row, a random id given when the file is created, so
 * that a read model can tell this log from another. Added beside the version-1 tables, which it
 * leaves as they are: a file of an older release gets its id when this release first opens it.
 */
const IDENTITY_DDL = `
CREATE TABLE IF NOT EXISTS log_identity (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  log_id     TEXT    NOT NULL,
  created_at INTEGER NOT NULL
);
`;

/** Creates the tables of a new file, or checks an existing file's schema version; answers the log's id. */
export function openSchema(db: Database): string {
  return db
    .transaction(() => {
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version !== SCHEMA_VERSION && version !== 0) {
        throw new Error(`event store file has schema version ${version}, expected ${SCHEMA_VERSION}`);
      }
      if (version === 0) {
        db.exec(DDL);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }
      db.exec(IDENTITY_DDL);
      db.prepare('INSERT OR IGNORE INTO log_identity (id, log_id, created_at) VALUES (1, ?, ?)').run(randomUUID(), BigInt(Date.now()));
      return (db.prepare('SELECT log_id FROM log_identity WHERE id = 1').get() as { log_id: string }).log_id;
    })
    .immediate();
}
