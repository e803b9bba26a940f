import Database from 'better-sqlite3';

/** The audit trail's file opened as someone with access to DATA_DIR would: another connection, outside the service. */
export function openAuditFile(file: string): Database.Database {
  return new Database(file);
}

/** What an intruder with the file does: drops the triggers that refuse edits, then edits a record. */
export function tamperWithAuditRecord(file: string, seq: number, change: string): void {
  const db = openAuditFile(file);
  try {
    const triggers = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger'").all();
    for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare(`UPDATE audit_records SET ${change} WHERE seq = ?`).run(seq);
  } finally {
    db.close();
  }
}
