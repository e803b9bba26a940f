import type Database from 'better-sqlite3';
import { openSqlite, sqliteHealth } from '../../sqlite/open-sqlite.js';
import type { CheckpointStore } from '../checkpoint-store.port.js';

/**
 * Checkpoints in a SQLite file of their own (DATA_DIR/checkpoints.sqlite). synchronous=NORMAL: a
 * power loss may roll the last saves back, which only repeats work that is idempotent (alerts keep
 * deterministic ids); it never moves a checkpoint past a batch, and saves no longer cost a disk sync.
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
    this.sql = {
      load: this.db.prepare<[string], { position: bigint }>('SELECT position FROM checkpoints WHERE name = ?'),
      save: this.db.prepare(
        `INSERT INTO checkpoints (name, position, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
      ),
      reset: this.db.prepare('DELETE FROM checkpoints WHERE name = ?'),
    };
  }

  async load(name: string): Promise<bigint | null> {
    return this.sql.load.get(name)?.position ?? null;
  }

  async save(name: string, position: bigint): Promise<void> {
    this.sql.save.run(name, position, BigInt(Date.now()));
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
