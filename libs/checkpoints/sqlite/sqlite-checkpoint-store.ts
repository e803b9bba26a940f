import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { CheckpointStore } from '../checkpoint-store.port.js';

/**
 * Checkpoints in a SQLite file of their own (DATA_DIR/checkpoints.sqlite). synchronous=FULL: a
 * saved checkpoint survives a power loss, so a restart never goes back to before an acknowledged
 * publish (which would only repeat work) nor, worse, past a batch it did not finish.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  readonly adapter = 'sqlite';
  private readonly db: Database.Database;
  private readonly sql;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // Positions are 64-bit: read every integer as a bigint, never as a rounded number.
    this.db.defaultSafeIntegers(true);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
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
    try {
      this.db.prepare('SELECT 1').get();
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: String(error) };
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
