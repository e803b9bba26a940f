import type Database from 'better-sqlite3';
import { openSqlite, sqliteHealth } from '../../sqlite/open-sqlite.js';
import type { AuditEntry, AuditFilter, AuditLog, AuditPageRequest, AuditRecord, ChainCheck } from '../audit-log.port.js';
import { chainHash, GENESIS_HASH, verifyChain } from '../hash-chain.js';

/**
 * `audit_persons` indexes the people of each record (for `?personId`); the record itself keeps
 * them too (`person_ids`, JSON), inside what the chain hashes. The triggers make both tables
 * append-only for anyone who opens the file with them in place, this service included.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS audit_records (
  seq          INTEGER PRIMARY KEY,
  at           INTEGER NOT NULL,
  actor        TEXT    NOT NULL,
  role         TEXT    NOT NULL,
  purpose      TEXT,
  method       TEXT    NOT NULL,
  route        TEXT    NOT NULL,
  status       INTEGER NOT NULL,
  person_ids   TEXT    NOT NULL CHECK (json_valid(person_ids)),
  person_count INTEGER NOT NULL,
  prev_hash    TEXT    NOT NULL,
  hash         TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_by_actor ON audit_records (actor, seq);
CREATE TABLE IF NOT EXISTS audit_persons (
  person_id TEXT    NOT NULL,
  seq       INTEGER NOT NULL,
  PRIMARY KEY (person_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON audit_records
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_persons_no_update BEFORE UPDATE ON audit_persons
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_persons_no_delete BEFORE DELETE ON audit_persons
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;

interface Row {
  seq: bigint;
  at: bigint;
  actor: string;
  role: string;
  purpose: string | null;
  method: string;
  route: string;
  status: bigint;
  person_ids: string;
  person_count: bigint;
  prev_hash: string;
  hash: string;
}

/**
 * The audit trail in a SQLite file of its own (DATA_DIR/audit.sqlite). synchronous=FULL: a record
 * is on disk before the answer it describes is sent, so no acknowledged request goes unrecorded.
 */
export class SqliteAuditLog implements AuditLog {
  readonly adapter = 'sqlite';
  private readonly db: Database.Database;
  private readonly sql;
  private readonly appendInTransaction;

  constructor(file: string) {
    this.db = openSqlite(file, { synchronous: 'FULL' });
    this.db.exec(DDL);
    this.sql = {
      last: this.db.prepare<[], Pick<Row, 'seq' | 'hash'>>('SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1'),
      insert: this.db.prepare(
        `INSERT INTO audit_records (seq, at, actor, role, purpose, method, route, status, person_ids, person_count, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertPerson: this.db.prepare('INSERT OR IGNORE INTO audit_persons (person_id, seq) VALUES (?, ?)'),
      all: this.db.prepare<[], Row>('SELECT * FROM audit_records ORDER BY seq'),
    };
    this.appendInTransaction = this.db.transaction((entry: AuditEntry): AuditRecord => {
      const last = this.sql.last.get();
      const seq = last ? Number(last.seq) + 1 : 1;
      const prevHash = last?.hash ?? GENESIS_HASH;
      const hash = chainHash(seq, entry, prevHash);
      const e = entry;
      this.sql.insert.run(seq, e.at, e.actor, e.role, e.purpose, e.method, e.route, e.status, JSON.stringify(e.personIds), e.personCount, prevHash, hash);
      for (const personId of e.personIds) this.sql.insertPerson.run(personId, seq);
      return { ...entry, seq, prevHash, hash };
    });
  }

  async append(entry: AuditEntry): Promise<AuditRecord> {
    return this.appendInTransaction.immediate(entry);
  }

  async read(filter: AuditFilter, page: AuditPageRequest): Promise<AuditRecord[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const when = (condition: string, value: string | number | null | undefined) => {
      if (value === undefined || value === null) return;
      where.push(condition);
      params.push(value);
    };
    when('seq < ?', page.before);
    when('actor = ?', filter.actor);
    when('at >= ?', filter.from);
    when('at <= ?', filter.to);
    when('seq IN (SELECT seq FROM audit_persons WHERE person_id = ?)', filter.personId);
    const sql = `SELECT * FROM audit_records ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
    return this.db.prepare<unknown[], Row>(sql).all(...params, page.limit).map(recordOf);
  }

  async verify(): Promise<ChainCheck> {
    const rows = this.sql.all.iterate();
    return verifyChain((function* () {
      for (const row of rows) yield recordOf(row);
    })());
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return sqliteHealth(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function recordOf(row: Row): AuditRecord {
  return {
    seq: Number(row.seq),
    at: Number(row.at),
    actor: row.actor,
    role: row.role,
    purpose: row.purpose,
    method: row.method,
    route: row.route,
    status: Number(row.status),
    personIds: JSON.parse(row.person_ids) as string[],
    personCount: Number(row.person_count),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
