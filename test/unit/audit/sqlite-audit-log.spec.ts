import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntry } from '../../../libs/audit-log/audit-log.port.js';
import { chainHash, GENESIS_HASH } from '../../../libs/audit-log/hash-chain.js';
import { SqliteAuditLog } from '../../../libs/audit-log/sqlite/sqlite-audit-log.js';
import { openAuditFile, tamperWithAuditRecord } from '../../support/audit-file.js';

const T0 = Date.parse('2021-07-10T01:00:00Z');

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  at: T0,
  actor: 'investigator:aaaaaaaaaaaa',
  role: 'investigator',
  purpose: null,
  method: 'GET',
  route: '/v1/persons/:personId',
  status: 200,
  personIds: ['P1'],
  personCount: 1,
  ...over,
});

describe('the SQLite audit log', () => {
  let dir: string;
  let file: string;
  let log: SqliteAuditLog;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-unit-'));
    file = join(dir, 'audit.sqlite');
    log = new SqliteAuditLog(file);
  });
  afterEach(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps what was appended, newest first, each record chained to the one before, also after a reopen', async () => {
    const first = await log.append(entry());
    const second = await log.append(entry({ method: 'POST', route: '/v1/persons', status: 201, at: T0 + 1000 }));
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    await log.close();
    log = new SqliteAuditLog(file);
    const third = await log.append(entry({ purpose: 'F1 call list', personIds: [], personCount: 0, at: T0 + 2000 }));
    expect(third).toMatchObject({ seq: 3, prevHash: second.hash });
    expect(await log.read({}, { before: null, limit: 10 })).toEqual([third, second, first]);
    expect(await log.verify()).toEqual({ ok: true, records: 3, head: { seq: 3, hash: third.hash }, brokenAt: null });
  });

  it('filters by actor, person and time, and pages from a seq backwards', async () => {
    await log.append(entry({ personIds: ['P1', 'P2'], personCount: 2 }));
    await log.append(entry({ actor: 'task-force:bbbbbbbbbbbb', role: 'task-force', personIds: ['P2'], at: T0 + 60_000 }));
    await log.append(entry({ personIds: ['P3'], at: T0 + 120_000 }));
    const seqs = async (...args: Parameters<SqliteAuditLog['read']>) => (await log.read(...args)).map((r) => r.seq);
    expect(await seqs({ actor: 'investigator:aaaaaaaaaaaa' }, { before: null, limit: 10 })).toEqual([3, 1]);
    expect(await seqs({ personId: 'P2' }, { before: null, limit: 10 })).toEqual([2, 1]);
    expect(await seqs({ from: T0 + 60_000, to: T0 + 60_000 }, { before: null, limit: 10 })).toEqual([2]);
    expect(await seqs({ from: T0 + 1 }, { before: null, limit: 10 })).toEqual([3, 2]);
    expect(await seqs({}, { before: 3, limit: 1 })).toEqual([2]);
    expect(await seqs({ personId: 'P2' }, { before: 2, limit: 10 })).toEqual([1]);
  });

  it('refuses UPDATE and DELETE of records and of their people, from any connection', async () => {
    await log.append(entry());
    const db = openAuditFile(file);
    try {
      expect(() => db.prepare("UPDATE audit_records SET actor = 'someone-else' WHERE seq = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_records').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit_persons SET person_id = 'P9'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_persons').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    expect(await log.read({ personId: 'P1' }, { before: null, limit: 10 })).toEqual([expect.objectContaining({ seq: 1, actor: 'investigator:aaaaaaaaaaaa' })]);
  });

  it('finds an edit made with the triggers dropped: the first record that no longer fits', async () => {
    for (let i = 0; i < 4; i++) await log.append(entry({ at: T0 + i }));
    tamperWithAuditRecord(file, 3, 'status = 404');
    const check = await log.verify();
    expect(check).toMatchObject({ ok: false, records: 2, brokenAt: 3 });
    expect(check.head?.seq).toBe(2);
  });

  it('finds a record rewritten with a hash that fits it: the next record no longer links to it', async () => {
    const records = [];
    for (let i = 0; i < 3; i++) records.push(await log.append(entry({ at: T0 + i })));
    const forged = { ...records[1], status: 404 };
    tamperWithAuditRecord(file, 2, `status = 404, hash = '${chainHash(2, forged, forged.prevHash)}'`);
    expect(await log.verify()).toMatchObject({ ok: false, records: 2, brokenAt: 3 });
  });
});
