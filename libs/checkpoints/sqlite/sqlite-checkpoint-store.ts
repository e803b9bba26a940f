import type Database from 'better-sqlite3';
import type { LogCheckpoint, LogIdentity } from '../../event-store/log-identity.js';
import { openSqlite, sqliteHealth } from '../../sqlite/open-sqlite.js';
import type { CheckpointStore } from '../checkpoint-store.port.js';

interface CheckpointRow {
  position: bigint;
  log_id: string | null;
  event_id: string | null;
}

/**
 * Checkpoints in a SQLite file of their own (DATA_DIR/checkpoints.sqlite). synchronous=NORMAL: a
 * power loss may roll the last saves back, which only repeats work that is idempotent (alerts keep
 * deterministic ids); it never moves a checkpoint past a batch, and saves no longer cost a disk sync.
 * A row keeps its position and its log's identity together (one statement, one transaction).
 */
export class SqliteCheckpointStore implements CheckpointStore {
  readonly adapter = 'sqlite';
  private readonly db: Database.Database;
  private readonly sql;

  constructor(file: string) {
    this.db = openSqlite(file, { synchronous: 'NORMAL' });
    this.db.exec(`CREATE TABLE IF NOT EXISTS checkpoints (
      name       TEXT    PRIMARY KEY,
      position   INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID`);
    addLogIdentityColumns(this.db);
    this.sql = {
      load: this.db.prepare<[string], CheckpointRow>('SELECT position, log_id, event_id FROM checkpoints WHERE name = ?'),
      save: this.db.prepare(
        `INSERT INTO checkpoints (name, position, log_id, event_id, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, log_id = excluded.log_id,
           event_id = excluded.event_id, updated_at = excluded.updated_at`,
      ),
      reset: this.db.prepare('DELETE FROM checkpoints WHERE name = ?'),
    };
  }

  async load(name: string): Promise<LogCheckpoint | null> {
    const row = this.sql.load.get(name);
    if (!row) return null;
    const log = row.log_id !== null && row.event_id !== null ? { logId: row.log_id, eventId: row.event_id } : null;
    return { position: row.position, log };
  }

  async save(name: string, position: bigint, log: LogIdentity): Promise<void> {
    this.sql.save.run(name, position, log.logId, log.eventId, BigInt(Date.now()));
  }

  async reset(name: string): Promise<void> {
    this.sql.reset.run(name);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return sqliteHealth(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Files written before checkpoints knew their log get the columns, empty: such a checkpoint is not trusted. */
function addLogIdentityColumns(db: Database.Database): void {
  db.transaction(() => {
    const columns = new Set((db.pragma('table_info(checkpoints)') as { name: string }[]).map((c) => c.name));
    if (!columns.has('log_id')) db.exec('ALTER TABLE checkpoints ADD COLUMN log_id TEXT');
    if (!columns.has('event_id')) db.exec('ALTER TABLE checkpoints ADD COLUMN event_id TEXT');
  }).immediate();
}
