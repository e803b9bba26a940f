import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { getCsv } from '../support/csv-over-http.js';
import { openAuditFile, tamperWithAuditRecord } from '../support/audit-file.js';
import { client, KEYS } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';
import { waitUntil } from '../support/wait-until.js';

/**
 * Issue 15, the audit trail: every request a key makes to /v1 (reads of people's data, writes,
 * refusals) is recorded with who, why, what and when, and only the auditor reads it.
 * P1 and P2 met at the market V1; P1 tested positive, so P2 is P1's F1.
 */
const NOW = Date.parse('2021-07-20T01:00:00Z');
const at = (local: string) => `2021-${local}:00+07:00`;

/** A key's id as the trail names it: its role and the first 12 hex digits of its sha256, never the key. */
const actorOf = (role: string, key: string) => `${role}:${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Expected {
  route: string;
  status: number;
  personIds: string[];
}

interface RoleCase {
  role: string;
  key: string;
  write: Call & { expected: Expected };
  read: Call & { expected: Expected };
}

/** For each role, a write and a read: allowed to it where the role has any, else refused (403, recorded too). */
const ROLE_CASES: RoleCase[] = [
  {
    role: 'checkin-gateway',
    key: KEYS.gateway,
    write: {
      method: 'POST',
      path: '/v1/check-ins',
      body: { personId: 'P1', venueId: 'V1', direction: 'in', at: at('07-19T08:00') },
      expected: { route: '/v1/check-ins', status: 202, personIds: ['P1'] },
    },
    // A gateway reads nothing: its attempt on a person's record is refused, and recorded.
    read: { method: 'GET', path: '/v1/persons/P2', expected: { route: '/v1/persons/:personId', status: 403, personIds: ['P2'] } },
  },
  {
    role: 'investigator',
    key: KEYS.investigator,
    write: {
      method: 'POST',
      path: '/v1/persons',
      body: { personId: 'P7', fullName: 'Đỗ Thị Giang', phone: '0912 000 007' },
      expected: { route: '/v1/persons', status: 201, personIds: ['P7'] },
    },
    read: {
      method: 'GET',
      path: '/v1/persons/P2/visits',
      headers: { 'x-purpose': 'calling P2 back about the market' },
      expected: { route: '/v1/persons/:personId/visits', status: 200, personIds: ['P2'] },
    },
  },
  {
    role: 'task-force',
    key: KEYS.taskForce,
    write: {
      method: 'POST',
      path: '/v1/isolation-orders',
      body: { personId: 'P2', kind: 'home', from: at('07-20T08:00'), reason: 'F1 of P1' },
      expected: { route: '/v1/isolation-orders', status: 201, personIds: ['P2'] },
    },
    read: { method: 'GET', path: '/v1/cases/P1/exposures', expected: { route: '/v1/cases/:personId/exposures', status: 200, personIds: ['P1', 'P2'] } },
  },
  {
    role: 'admin',
    key: KEYS.admin,
    write: { method: 'POST', path: '/v1/projections/contact-graph/rebuild', body: {}, expected: { route: '/v1/projections/contact-graph/rebuild', status: 202, personIds: [] } },
    read: { method: 'GET', path: '/v1/cases', expected: { route: '/v1/cases', status: 200, personIds: ['P1'] } },
  },
  {
    role: 'auditor',
    key: KEYS.auditor,
    // An auditor writes nothing: its attempt to register a person is refused, and recorded.
    write: { method: 'POST', path: '/v1/persons', body: { personId: 'P8', fullName: 'Someone' }, expected: { route: '/v1/persons', status: 403, personIds: ['P8'] } },
    read: { method: 'GET', path: '/v1/venues/V1/visits', expected: { route: '/v1/venues/:venueId/visits', status: 200, personIds: ['P1', 'P2'] } },
  },
];

describe('the audit trail (issue 15)', () => {
  const service = useTestApp({
    now: NOW,
    setup: async (app) => {
      const inv = client(app.url, KEYS.investigator);
      const gw = client(app.url, KEYS.gateway);
      for (const [personId, fullName] of [['P1', 'Nguyễn Văn An'], ['P2', 'Trần Thị Bình']]) {
        expect((await inv.post('/v1/persons', { personId, fullName })).status).toBe(201);
      }
      expect((await inv.post('/v1/venues', { venueId: 'V1', name: 'Chợ Long Xuyên', kind: 'market' })).status).toBe(201);
      for (const [personId, direction, when] of [['P1', 'in', '07-15T10:00'], ['P1', 'out', '07-15T11:00'], ['P2', 'in', '07-15T10:30'], ['P2', 'out', '07-15T12:00']]) {
        expect((await gw.post('/v1/check-ins', { personId, venueId: 'V1', direction, at: at(when) })).status).toBe(202);
      }
      app.clock.current = Date.parse(at('07-18T12:00'));
      expect((await inv.post('/v1/test-results', { personId: 'P1', sampledAt: at('07-17T09:00'), result: 'positive', method: 'pcr' })).status).toBe(201);
    },
  });
  const auditor = service.as(KEYS.auditor);
  const call = ({ method, path, body, headers }: Call, key: string) => {
    const as = service.as(key);
    if (method === 'GET') return as.get(path, headers);
    if (method === 'DELETE') return as.delete(path, headers);
    return method === 'PATCH' ? as.patch(path, body, headers) : as.post(path, body, headers);
  };
  /** The newest records of a key, as the auditor reads them (the auditor's own reads come after). */
  const newestOf = async (actor: string, limit: number) => {
    const r = await auditor.get(`/v1/audit?actor=${encodeURIComponent(actor)}&limit=${limit}`);
    expect(r.status).toBe(200);
    return r.body.records;
  };

  describe.each(ROLE_CASES)('$role', ({ role, key, write, read }) => {
    it('has its write and its read in the trail: who, which operation on whom, the answer, when', async () => {
      const writeAt = NOW + 60_000 * ROLE_CASES.findIndex((c) => c.role === role);
      service.app.clock.current = writeAt;
      expect((await call(write, key)).status).toBe(write.expected.status);
      service.app.clock.current = writeAt + 1000;
      expect((await call(read, key)).status).toBe(read.expected.status);
      // The auditor reads an hour later: its own records stay out of the roles' minutes.
      service.app.clock.current = NOW + 3_600_000;

      const [readRecord, writeRecord] = await newestOf(actorOf(role, key), 2);
      const expectRecord = (record: any, c: Call & { expected: Expected }, when: number) =>
        expect({ ...record, personIds: [...record.personIds].sort() }).toEqual({
          seq: expect.any(Number),
          at: new Date(when).toISOString(),
          actor: actorOf(role, key),
          role,
          purpose: c.headers?.['x-purpose'] ?? null,
          method: c.method,
          route: c.expected.route,
          status: c.expected.status,
          personIds: c.expected.personIds,
          personCount: c.expected.personIds.length,
          prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        });
      expectRecord(writeRecord, write, writeAt);
      expectRecord(readRecord, read, writeAt + 1000);
      expect(readRecord.seq).toBe(writeRecord.seq + 1);
      expect(JSON.stringify([readRecord, writeRecord])).not.toContain(key);
    });
  });

  it('records every operation for every role: the key, the operation, the answer it got, when', async () => {
    const paths = (await service.as(KEYS.auditor).get('/docs-json')).body.paths as Record<string, Record<string, { security?: unknown[] }>>;
    const operations = Object.entries(paths)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
    expect(operations.length).toBeGreaterThan(20);
    const sample: Record<string, string> = { personId: 'P1', venueId: 'V1' };
    const seen: string[] = [];
    let clock = NOW + 2 * 3_600_000;
    for (const { method, path } of operations) {
      for (const c of ROLE_CASES) {
        // The task force's open stream is the test below; everyone else is refused it at once.
        if (path === '/v1/alerts/stream' && c.role === 'task-force') continue;
        service.app.clock.current = ++clock;
        const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => sample[name] ?? 'X1');
        expect(['GET', 'POST', 'PATCH', 'DELETE']).toContain(method);
        const answer = await call({ method: method as Call['method'], path: concrete, body: method === 'GET' || method === 'DELETE' ? undefined : {} }, c.key);
        service.app.clock.current = NOW + 3_600_000;
        const [record] = await newestOf(actorOf(c.role, c.key), 1);
        const route = path.replace(/\{(\w+)\}/g, ':$1');
        expect({ role: record.role, method: record.method, route: record.route, status: record.status, at: record.at }).toEqual({
          role: c.role, method, route, status: answer.status, at: new Date(clock).toISOString(),
        });
        seen.push(`${answer.status}`);
      }
    }
    // Both what a role may do and what it may not were recorded.
    expect(seen).toEqual(expect.arrayContaining(['200', '400', '403']));
  });

  it('records a write refused for bad input with its status, and the auditor reading the trail', async () => {
    const inv = actorOf('investigator', KEYS.investigator);
    expect((await service.as(KEYS.investigator).post('/v1/persons', { personId: 'P9' })).status).toBe(400);
    expect((await newestOf(inv, 1))[0]).toMatchObject({ actor: inv, method: 'POST', route: '/v1/persons', status: 400, personIds: ['P9'] });

    // The read of the trail just made is itself in the trail, with the filter's person.
    await auditor.get('/v1/audit?personId=P9&limit=1');
    const [own, previous] = await newestOf(actorOf('auditor', KEYS.auditor), 2);
    expect(own).toMatchObject({ method: 'GET', route: '/v1/audit', status: 200, personIds: ['P9'] });
    expect(previous).toMatchObject({ method: 'GET', route: '/v1/audit', status: 200, personIds: [] });
  });

  it('is for the auditor alone', async () => {
    for (const key of [KEYS.gateway, KEYS.investigator, KEYS.taskForce, KEYS.admin]) {
      expect((await service.as(key).get('/v1/audit')).status).toBe(403);
      expect((await service.as(key).get('/v1/audit/verify')).status).toBe(403);
    }
    expect((await newestOf(actorOf('admin', KEYS.admin), 1))[0]).toMatchObject({ route: '/v1/audit/verify', status: 403 });
  });

  it('refuses a CSV export without X-Purpose (400 naming it) and records an export with its purpose and the people in it', async () => {
    const tf = actorOf('task-force', KEYS.taskForce);
    const without = await service.as(KEYS.taskForce).get('/v1/cases/P1/exposures', { accept: 'text/csv' });
    expect(without.status).toBe(400);
    expect(without.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(without.body.errors).toEqual([{ field: 'X-Purpose', message: expect.stringContaining('required') }]);
    expect((await newestOf(tf, 1))[0]).toMatchObject({ route: '/v1/cases/:personId/exposures', status: 400, purpose: null });

    const tooLong = await service.as(KEYS.taskForce).get('/v1/cases/P1/exposures', { accept: 'text/csv', 'x-purpose': 'x'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors.map((e: { field: string }) => e.field)).toEqual(['X-Purpose']);

    const csv = await getCsv(service.app.url, '/v1/cases/P1/exposures', KEYS.taskForce, 'F1 call list for case P1');
    expect(csv.status).toBe(200);
    expect(csv.records.map((r) => r.personId)).toEqual(['P2']);
    const [exported] = await newestOf(tf, 1);
    expect(exported).toMatchObject({ method: 'GET', route: '/v1/cases/:personId/exposures', status: 200, purpose: 'F1 call list for case P1', personCount: 2 });
    expect([...exported.personIds].sort()).toEqual(['P1', 'P2']);
  });

  it('answers pages newest first, filtered by person and time, and as CSV', async () => {
    const all: any[] = [];
    let cursor = '';
    for (let page = 0; page < 100; page++) {
      const r = await auditor.get(`/v1/audit?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      all.push(...r.body.records);
      if (!r.body.next) break;
      cursor = r.body.next;
    }
    const seqs = all.map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(Math.min(...seqs)).toBe(1);
    expect(seqs[0]).toBe(seqs.length);

    const aboutP7 = (await auditor.get('/v1/audit?personId=P7')).body.records;
    // P7 was registered, then listed by every search of the sweep above: oldest last.
    expect(aboutP7.length).toBeGreaterThan(1);
    expect(aboutP7.every((r: any) => r.personIds.includes('P7'))).toBe(true);
    expect(aboutP7[aboutP7.length - 1]).toMatchObject({ method: 'POST', route: '/v1/persons', status: 201, role: 'investigator' });
    const second = ROLE_CASES.findIndex((c) => c.role === 'investigator');
    const window = `from=${new Date(NOW + 60_000 * second).toISOString()}&to=${new Date(NOW + 60_000 * second + 1000).toISOString()}`;
    expect((await auditor.get(`/v1/audit?${window}`)).body.records.map((r: any) => r.route)).toEqual(['/v1/persons/:personId/visits', '/v1/persons']);
    expect((await auditor.get('/v1/audit?from=2021-07-21T00:00:00Z&to=2021-07-20T00:00:00Z')).body.errors).toEqual([{ field: 'to', message: expect.any(String) }]);

    expect((await getCsv(service.app.url, '/v1/audit?limit=3', KEYS.auditor, null)).status).toBe(400);
    const csv = await getCsv(service.app.url, '/v1/audit?limit=3', KEYS.auditor, 'quarterly access review');
    expect(csv.status).toBe(200);
    expect(csv.header).toEqual(expect.arrayContaining(['seq', 'at', 'actor', 'role', 'purpose', 'method', 'route', 'status', 'personIds', 'personCount']));
    expect(csv.records).toHaveLength(3);
    expect((await newestOf(actorOf('auditor', KEYS.auditor), 1))[0]).toMatchObject({ route: '/v1/audit', purpose: 'quarterly access review' });
  });

  it('records a stream of alerts once, when it is opened', async () => {
    const tf = actorOf('task-force', KEYS.taskForce);
    const before = (await newestOf(tf, 1))[0].seq;
    const stop = new AbortController();
    const res = await fetch(`${service.app.url}/v1/alerts/stream?from=start`, { headers: { authorization: `Bearer ${KEYS.taskForce}` }, signal: stop.signal });
    expect(res.status).toBe(200);
    await waitUntil('the stream to be in the trail', async () => {
      const [newest] = await newestOf(tf, 1);
      return { done: newest.seq > before, seen: newest };
    });
    stop.abort();
    const records = (await newestOf(tf, 3)).filter((r: any) => r.seq > before);
    expect(records).toEqual([expect.objectContaining({ method: 'GET', route: '/v1/alerts/stream', status: 200 })]);
  });

  it('keeps the trail across a restart, the chain going on from where it was', async () => {
    const before = (await auditor.get('/v1/audit/verify')).body;
    expect(before).toMatchObject({ ok: true, brokenAt: null });
    await service.restart();
    const after = (await auditor.get('/v1/audit/verify')).body;
    // The verify read before the restart is one more record.
    expect(after).toMatchObject({ ok: true, records: before.records + 1, brokenAt: null });
  });

  it('keeps a file the service cannot rewrite, and whose chain shows an edit made around it', async () => {
    const file = join(service.app.dataDir, 'audit.sqlite');
    const db = openAuditFile(file);
    try {
      expect(() => db.prepare("UPDATE audit_records SET actor = 'nobody' WHERE seq = 2").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_records WHERE seq = 2').run()).toThrow(/append-only/);
      expect(() => db.prepare("DELETE FROM audit_persons WHERE person_id = 'P2'").run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    expect((await auditor.get('/v1/audit/verify')).body).toMatchObject({ ok: true, brokenAt: null });

    // Someone with the file drops the triggers and hides that P2's visits were read.
    const [visitsRead] = (await auditor.get('/v1/audit?personId=P2&limit=1000')).body.records.filter((r: any) => r.route === '/v1/persons/:personId/visits');
    tamperWithAuditRecord(file, visitsRead.seq, "route = '/v1/venues'");
    const check = (await auditor.get('/v1/audit/verify')).body;
    expect(check).toMatchObject({ ok: false, brokenAt: visitsRead.seq, records: visitsRead.seq - 1, head: { seq: visitsRead.seq - 1 } });
  });
});
