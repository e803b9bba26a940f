import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BOM, getCsv } from '../support/csv-over-http.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

/**
 * The task force's read side over HTTP: the list of cases and a case's exposures, paged, per role.
 * P1 and P2 met at the market; P2 and P3 share a household (two evenings); P4, a case too, met P1;
 * P5 was a case in June, no longer active.
 */
const NOW = Date.parse('2021-07-20T01:00:00Z');
const at = (local: string) => `2021-${local}:00+07:00`;
const iso = (local: string) => new Date(at(local)).toISOString();

const PERSONS = [
  { personId: 'P1', fullName: 'Nguyễn Văn An', phone: '0912 345 678', unit: '30280' },
  { personId: 'P2', fullName: 'Trần Thị Bình', phone: '+84912000002', unit: '30280' },
  { personId: 'P3', fullName: 'Lê Hoàng Cường', unit: '30281' },
  { personId: 'P4', fullName: 'Phạm Thu Dung', phone: '0987 654 321', unit: '30281' },
  { personId: 'P5', fullName: 'Võ Minh Em', unit: '30280' },
];

describe('read side: cases and exposures', () => {
  let app: RunningApp;
  let inv: ReturnType<typeof client>;
  let tf: ReturnType<typeof client>;
  let admin: ReturnType<typeof client>;

  const positive = async (personId: string, sampledAt: string, recordedAt: string) => {
    app.clock.current = Date.parse(at(recordedAt));
    const r = await inv.post('/v1/test-results', { personId, sampledAt: at(sampledAt), result: 'positive', method: 'pcr' });
    expect(r.status).toBe(201);
  };

  beforeAll(async () => {
    app = await startApp({ now: NOW });
    inv = client(app.url, KEYS.investigator);
    tf = client(app.url, KEYS.taskForce);
    admin = client(app.url, KEYS.admin);
    for (const p of PERSONS) expect((await inv.post('/v1/persons', p)).status).toBe(201);
    expect((await inv.post('/v1/venues', { venueId: 'V', name: 'Chợ Long Xuyên', kind: 'market' })).status).toBe(201);
    const gw = client(app.url, KEYS.gateway);
    const scan = async (personId: string, direction: string, when: string) =>
      expect((await gw.post('/v1/check-ins', { personId, venueId: 'V', direction, at: at(when) })).status).toBe(202);
    await scan('P1', 'in', '07-15T10:00');
    await scan('P1', 'out', '07-15T11:00');
    await scan('P2', 'in', '07-15T10:30');
    await scan('P2', 'out', '07-15T12:00');
    const contact = async (contactId: string, a: string, b: string, from: string, to: string, setting: string) =>
      expect((await inv.post('/v1/contacts', { contactId, personA: a, personB: b, from: at(from), to: at(to), setting })).status).toBe(201);
    await contact('h1', 'P2', 'P3', '07-15T18:00', '07-15T18:30', 'household');
    await contact('h2', 'P3', 'P2', '07-16T18:00', '07-16T19:00', 'household');
    await contact('w1', 'P1', 'P4', '07-16T10:00', '07-16T10:05', 'workplace');
    await positive('P5', '06-11T09:00', '06-12T09:00');
    await positive('P4', '07-17T08:00', '07-17T12:00');
    await positive('P1', '07-17T09:00', '07-18T12:00');
    app.clock.current = NOW;
    await graphCaughtUp();
  });

  /** On Neo4j the projection may take longer than a query waits (READ_YOUR_WRITES_TIMEOUT_MS): wait here instead. */
  const graphCaughtUp = async () => {
    const caughtUp = async () => {
      const { head, projections } = (await admin.get('/v1/projections')).body;
      return projections[0].position === head;
    };
    for (let i = 0; i < 240 && !(await caughtUp()); i++) await new Promise((r) => setTimeout(r, 250));
    if (!(await caughtUp())) throw new Error('waited 60 s for the contact graph projection to reach the log head');
  };
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  describe('GET /v1/cases', () => {
    it('lists the active cases newest confirmation first, with window, counts per level and, for an investigator, the person', async () => {
      const r = await inv.get('/v1/cases');
      expect(r.status).toBe(200);
      expect(r.headers.get('x-stale')).toBeNull();
      expect(r.body).toEqual({
        cases: [
          {
            personId: 'P1', confirmedAt: iso('07-18T12:00'), infectiousFrom: iso('07-15T09:00'), infectiousUntil: null, active: true,
            counts: { F1: 2 }, fullName: 'Nguyễn Văn An', phone: '+84912345678', unit: '30280',
          },
          {
            personId: 'P4', confirmedAt: iso('07-17T12:00'), infectiousFrom: iso('07-15T08:00'), infectiousUntil: null, active: true,
            counts: { F1: 1 }, fullName: 'Phạm Thu Dung', phone: '+84987654321', unit: '30281',
          },
        ],
        next: null,
      });
    });

    it('lists inactive cases too with status=all, and counts deeper levels when asked', async () => {
      const r = await tf.get('/v1/cases?status=all&depth=2');
      expect(r.body.cases.map((c: { personId: string; active: boolean }) => [c.personId, c.active])).toEqual([['P1', true], ['P4', true], ['P5', false]]);
      expect(r.body.cases[0].counts).toEqual({ F1: 2, F2: 1 });
    });

    it('filters by the unit the person registered with and by confirmation time', async () => {
      expect((await inv.get('/v1/cases?unit=30280')).body.cases.map((c: { personId: string }) => c.personId)).toEqual(['P1']);
      expect((await inv.get('/v1/cases?status=all&unit=30280')).body.cases.map((c: { personId: string }) => c.personId)).toEqual(['P1', 'P5']);
      const since = encodeURIComponent(at('07-18T00:00'));
      expect((await inv.get(`/v1/cases?status=all&since=${since}`)).body.cases.map((c: { personId: string }) => c.personId)).toEqual(['P1']);
      expect((await inv.get('/v1/cases?unit=99999')).body).toEqual({ cases: [], next: null });
    });

    it('pages with limit and cursor, next null on the last page', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const r = await inv.get(`/v1/cases?status=all&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        expect(r.status).toBe(200);
        seen.push(...r.body.cases.map((c: { personId: string }) => c.personId));
        cursor = r.body.next;
        pages++;
      } while (cursor !== null && pages < 10);
      expect(seen).toEqual(['P1', 'P4', 'P5']);
      expect(pages).toBe(3);
    });

    it('shows an admin the cases without names, phones or units, and refuses the gateway and the auditor', async () => {
      const r = await admin.get('/v1/cases');
      expect(r.status).toBe(200);
      expect(r.body.cases.map((c: { personId: string }) => c.personId)).toEqual(['P1', 'P4']);
      for (const c of r.body.cases) for (const field of ['fullName', 'phone', 'unit']) expect(c).not.toHaveProperty(field);
      expect((await client(app.url, KEYS.gateway).get('/v1/cases')).status).toBe(403);
      expect((await client(app.url, KEYS.auditor).get('/v1/cases')).status).toBe(403);
    });

    it.each([
      ['status=open', 'status'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['depth=4', 'depth'],
      ['since=yesterday', 'since'],
      ['cursor=not-a-cursor', 'cursor'],
      [`cursor=${Buffer.from('[1,2,3]').toString('base64url')}`, 'cursor'],
    ])('refuses %s with a 400 naming %s', async (q, field) => {
      const r = await inv.get(`/v1/cases?${q}`);
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });
  });

  describe('GET /v1/cases/{id}/exposures', () => {
    it('answers each row with its last exposure, the recommendation counted from it, and the person for an investigator', async () => {
      const r = await inv.get('/v1/cases/P1/exposures');
      expect(r.status).toBe(200);
      expect(r.body.summary).toEqual({ F1: 2, F2: 1, F3: 0 });
      expect(r.body.next).toBeNull();
      const [p2, , p3] = r.body.exposures;
      expect(r.body.exposures.map((e: { personId: string }) => e.personId)).toEqual(['P2', 'P4', 'P3']);
      expect(p2).toMatchObject({
        personId: 'P2', level: 1, exposedAt: iso('07-15T10:30'), lastExposedAt: iso('07-15T11:00'), confirmedCase: false,
        fullName: 'Trần Thị Bình', phone: '+84912000002', unit: '30280',
        recommendation: { classification: 'F1', isolation: 'centralized', from: iso('07-15T11:00'), until: iso('07-29T11:00') },
      });
      // Exposed on both household evenings: the isolation counts from the end of the second.
      expect(p3).toMatchObject({
        personId: 'P3', level: 2, exposedAt: iso('07-15T18:00'), lastExposedAt: iso('07-16T19:00'), confirmedCase: false,
        via: { fromPersonId: 'P2', kind: 'recorded-contact', contactId: 'h1' },
        recommendation: { classification: 'F2', from: iso('07-16T19:00'), until: iso('07-23T19:00') },
        fullName: 'Lê Hoàng Cường', phone: null, unit: '30281',
      });
    });

    it('marks a confirmed case reached by the chain, with no recommendation', async () => {
      const p4 = (await tf.get('/v1/cases/P1/exposures')).body.exposures.find((e: { personId: string }) => e.personId === 'P4');
      expect(p4).toMatchObject({ level: 1, exposedAt: iso('07-16T10:00'), lastExposedAt: iso('07-16T10:05'), confirmedCase: true, recommendation: null });
      expect((await inv.get('/v1/persons/P4/status')).body.classification).toBe('F0');
    });

    it('shows names and phone numbers to investigators and the task force only', async () => {
      const rows = async (key: string) => (await client(app.url, key).get('/v1/cases/P1/exposures')).body.exposures as Record<string, unknown>[];
      for (const key of [KEYS.investigator, KEYS.taskForce]) expect((await rows(key)).map((e) => e.fullName)).toEqual(['Trần Thị Bình', 'Phạm Thu Dung', 'Lê Hoàng Cường']);
      const adminRows = await rows(KEYS.admin);
      expect(adminRows.map((e) => e.personId)).toEqual(['P2', 'P4', 'P3']);
      for (const e of adminRows) for (const field of ['fullName', 'phone', 'unit']) expect(e).not.toHaveProperty(field);
      expect((await client(app.url, KEYS.gateway).get('/v1/cases/P1/exposures')).status).toBe(403);
      expect((await client(app.url, KEYS.auditor).get('/v1/cases/P1/exposures')).status).toBe(403);
    });

    it('answers one level when asked, with the summary of the whole answer', async () => {
      const r = await inv.get('/v1/cases/P1/exposures?level=2');
      expect(r.body.exposures.map((e: { personId: string }) => e.personId)).toEqual(['P3']);
      expect(r.body.summary).toEqual({ F1: 2, F2: 1, F3: 0 });
      expect((await inv.get('/v1/cases/P1/exposures?depth=1')).body.summary).toEqual({ F1: 2 });
    });

    it('pages by cursor: the pages together are the unpaged answer, next is null after the last', async () => {
      const whole = (await inv.get('/v1/cases/P1/exposures')).body;
      const rows: unknown[] = [];
      let cursor: string | null = null;
      do {
        const r = await inv.get(`/v1/cases/P1/exposures?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(r.body.summary).toEqual(whole.summary);
        expect(r.body.exposures.length).toBeLessThanOrEqual(2);
        rows.push(...r.body.exposures);
        cursor = r.body.next;
      } while (cursor !== null && rows.length <= whole.exposures.length);
      expect(rows).toEqual(whole.exposures);
    });

    it.each([
      ['level=4', 'level'],
      ['depth=2&level=3', 'level'],
      ['limit=5001', 'limit'],
      ['limit=0', 'limit'],
      ['cursor=%25%25', 'cursor'],
      [`cursor=${Buffer.from('["P1", 2]').toString('base64url')}`, 'cursor'],
    ])('refuses %s with a 400 naming %s', async (q, field) => {
      const r = await inv.get(`/v1/cases/P1/exposures?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });
  });

  describe('as CSV for the rapid-response team', () => {
    it("exports a case's F1 list: the JSON page's rows, who to call, why, and the quarantine's end in local time", async () => {
      const json = (await tf.get('/v1/cases/P1/exposures?level=1')).body;
      const csv = await getCsv(app.url, '/v1/cases/P1/exposures?level=1', KEYS.taskForce);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="exposures.csv"');
      expect([...csv.bytes.slice(0, 3)]).toEqual(BOM);
      expect(csv.records.map((r) => r.personId)).toEqual(json.exposures.map((e: { personId: string }) => e.personId));
      expect(csv.records[0]).toMatchObject({
        personId: 'P2', fullName: 'Trần Thị Bình', phone: '+84912000002', unit: '30280', level: 'F1', confirmedCase: 'false',
        lastExposedAt: iso('07-15T11:00'), viaKind: 'co-presence', viaVenueId: 'V', isolation: 'centralized',
        isolationUntil: iso('07-29T11:00'), 'isolationUntil (Asia/Ho_Chi_Minh)': '2021-07-29 11:00:00',
      });
      expect(csv.records.find((r) => r.personId === 'P4')).toMatchObject({ confirmedCase: 'true', isolation: '' });
    });

    it('gives the next page in X-Next-Cursor, and leaves names and phones out for an admin', async () => {
      const first = await getCsv(app.url, '/v1/cases/P1/exposures?limit=2', KEYS.investigator);
      expect(first.records.map((r) => r.personId)).toEqual(['P2', 'P4']);
      const rest = await getCsv(app.url, `/v1/cases/P1/exposures?limit=2&cursor=${first.headers.get('x-next-cursor')}`, KEYS.investigator);
      expect(rest.records.map((r) => r.personId)).toEqual(['P3']);
      expect(rest.headers.get('x-next-cursor')).toBeNull();
      const adminCsv = await getCsv(app.url, '/v1/cases/P1/exposures', KEYS.admin);
      expect(adminCsv.header).not.toEqual(expect.arrayContaining(['fullName']));
      expect(adminCsv.header).not.toEqual(expect.arrayContaining(['phone']));
      expect(adminCsv.records.map((r) => r.personId)).toEqual(['P2', 'P4', 'P3']);
    });

    it('exports the case list with each level counted in a column of its own', async () => {
      const csv = await getCsv(app.url, '/v1/cases?status=all&depth=2', KEYS.investigator);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="cases.csv"');
      expect(csv.records.map((r) => r.personId)).toEqual(['P1', 'P4', 'P5']);
      expect(csv.records[0]).toMatchObject({ personId: 'P1', fullName: 'Nguyễn Văn An', active: 'true', F1: '2', F2: '1', F3: '' });
      expect(csv.records[2]).toMatchObject({ personId: 'P5', active: 'false' });
    });
  });

  it('gives the same list and pages after a restart on the same data directory', async () => {
    const before = [(await inv.get('/v1/cases?status=all&depth=3')).body, (await inv.get('/v1/cases/P1/exposures?limit=1')).body];
    await app.close();
    app = await startApp({ dataDir: app.dataDir, now: NOW });
    inv = client(app.url, KEYS.investigator);
    admin = client(app.url, KEYS.admin);
    await graphCaughtUp();
    const after = [(await inv.get('/v1/cases?status=all&depth=3')).body, (await inv.get('/v1/cases/P1/exposures?limit=1')).body];
    expect(after).toEqual(before);
  });
});
