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

/** Creates the tables of a new file, or checks an existing file's schema version. */
export function openSchema(db: Database): void {
  db.transaction(() => {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version === SCHEMA_VERSION) return;
    if (version !== 0) throw new Error(`event store file has schema version ${version}, expected ${SCHEMA_VERSION}`);
    db.exec(DDL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
