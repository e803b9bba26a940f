import { createHash } from 'node:crypto';
import type { AuditEntry, AuditRecord, ChainCheck } from './audit-log.port.js';

/** The previous hash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * sha256 of the record's place, its fields in a fixed order and the previous record's hash:
 * changing, removing or reordering any record breaks every link after it.
 */
export function chainHash(seq: number, entry: AuditEntry, prevHash: string): string {
  const fields = [seq, entry.at, entry.actor, entry.role, entry.purpose, entry.method, entry.route, entry.status, entry.personIds, entry.personCount, prevHash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Walks records in ascending seq: each must follow the previous one (seq + 1, its hash) and hash to what it says. */
export function verifyChain(records: Iterable<AuditRecord>): ChainCheck {
  let prev: { seq: number; hash: string } | null = null;
  let count = 0;
  for (const record of records) {
    const expectedSeq: number = (prev?.seq ?? 0) + 1;
    const expectedPrev: string = prev?.hash ?? GENESIS_HASH;
    if (record.seq !== expectedSeq || record.prevHash !== expectedPrev || record.hash !== chainHash(record.seq, record, record.prevHash)) {
      return { ok: false, records: count, head: prev, brokenAt: record.seq };
    }
    prev = { seq: record.seq, hash: record.hash };
    count++;
  }
  return { ok: true, records: count, head: prev, brokenAt: null };
}
