import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

const NOW = Date.parse('2021-07-20T01:00:00Z');

describe('HTTP contract (DESIGN.md section 4)', () => {
  let app: RunningApp;
  let inv: ReturnType<typeof client>;
  let gw: ReturnType<typeof client>;
  let tf: ReturnType<typeof client>;
  /** The log head: a refused or retried request must leave it where it was. */
  const head = async () => (await client(app.url, '').get('/health')).body.adapters.projection.head;

  beforeAll(async () => {
    app = await startApp({ now: NOW });
    inv = client(app.url, KEYS.investigator);
    gw = client(app.url, KEYS.gateway);
    tf = client(app.url, KEYS.taskForce);
    await inv.post('/v1/persons', { personId: 'A', fullName: 'Person A' });
    await inv.post('/v1/persons', { personId: 'B', fullName: 'Person B' });
    await inv.post('/v1/venues', { venueId: 'V', name: 'Office', kind: 'office', defaultStayMinutes: 30 });
  });
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  describe('authentication and roles', () => {
    it('answers 401 problem details without a key or with an unknown one', async () => {
      for (const key of ['', 'not-a-key']) {
        const r = await client(app.url, key).get('/v1/cases/A/exposures');
        expect(r.status).toBe(401);
        expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
        expect(r.body).toMatchObject({ status: 401, title: 'Unauthorized' });
      }
    });
    it('answers 403 when a gateway key reads exposures or registers a person', async () => {
      expect((await gw.get('/v1/cases/A/exposures')).status).toBe(403);
      expect((await gw.post('/v1/persons', { fullName: 'X' })).status).toBe(403);
    });
    it('lets only the task force order isolation', async () => {
      const body = { personId: 'A', kind: 'home', from: '2021-07-19T08:00:00+07:00', reason: 'r' };
      expect((await inv.post('/v1/isolation-orders', body)).status).toBe(403);
    });
  });

  describe('bad input is a 400 naming every bad field and writes nothing', () => {
    const cases: [string, string, unknown, string[]][] = [
      ['a missing required field', '/v1/persons', {}, ['fullName']],
      ['wrong types', '/v1/persons', { fullName: 12, phone: true }, ['fullName', 'phone']],
      ['an unknown field', '/v1/persons', { fullName: 'X', shoeSize: 44 }, ['shoeSize']],
      ['a bad id', '/v1/persons', { personId: 'has space', fullName: 'X' }, ['personId']],
      ['an unknown venue kind', '/v1/venues', { name: 'X', kind: 'spaceport' }, ['kind']],
      ['a stay over MAX_STAY_HOURS', '/v1/venues', { name: 'X', kind: 'shop', defaultStayMinutes: 721 }, ['defaultStayMinutes']],
      ['a time without offset', '/v1/check-ins', { personId: 'A', venueId: 'V', direction: 'in', at: '2021-07-19T08:00:00' }, ['at']],
      ['a time more than 5 minutes ahead', '/v1/check-ins', { personId: 'A', venueId: 'V', direction: 'in', at: '2021-07-20T01:06:00Z' }, ['at']],
      ['an unknown direction and source', '/v1/check-ins', { personId: 'A', venueId: 'V', direction: 'up', source: 'fax', at: '2021-07-19T08:00:00Z' }, ['direction', 'source']],
      ['neither venueId nor qrPayload', '/v1/check-ins', { personId: 'A', direction: 'in', at: '2021-07-19T08:00:00Z' }, ['venueId']],
      ['a forged QR payload', '/v1/check-ins', { personId: 'A', qrPayload: 'EXPV1:V:forged', direction: 'in', at: '2021-07-19T08:00:00Z' }, ['qrPayload']],
      ['a contact ending before it starts', '/v1/contacts', { personA: 'A', personB: 'B', from: '2021-07-19T09:00:00Z', to: '2021-07-19T08:00:00Z', setting: 'social' }, ['to']],
      ['an unknown setting', '/v1/contacts', { personA: 'A', personB: 'B', from: '2021-07-19T08:00:00Z', to: '2021-07-19T09:00:00Z', setting: 'bar' }, ['setting']],
      ['an unknown test method and result', '/v1/test-results', { personId: 'A', sampledAt: '2021-07-19T08:00:00Z', result: 'maybe', method: 'smell' }, ['result', 'method']],
      ['an oversize batch', '/v1/check-ins/batch', { items: Array.from({ length: 1001 }, () => ({})) }, ['items']],
      ['an empty batch', '/v1/check-ins/batch', { items: [] }, ['items']],
      ['a batch whose items are not a list', '/v1/check-ins/batch', { items: 'P1 in' }, ['items']],
      ['a batch with an unknown field', '/v1/check-ins/batch', { items: [{}], gateway: 'G1' }, ['gateway']],
    ];
    it.each(cases)('%s', async (_, path, body, fields) => {
      const before = await head();
      const r = await (path.startsWith('/v1/check-ins') ? gw : inv).post(path, body);
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(expect.arrayContaining(fields));
      expect(await head()).toBe(before);
    });
    it('refuses a body that is not JSON', async () => {
      const r = await inv.post('/v1/persons', '{"fullName": ', {});
      expect(r.status).toBe(400);
      expect(r.body.errors[0].field).toBe('body');
    });
    it('refuses a bad depth or asOf on the exposure query', async () => {
      expect((await inv.get('/v1/cases/A/exposures?depth=9')).body.errors[0].field).toBe('depth');
      expect((await inv.get('/v1/cases/A/exposures?depth=4')).body.errors[0].field).toBe('depth');
      expect((await inv.get('/v1/cases/A/exposures?asOf=yesterday')).body.errors[0].field).toBe('asOf');
    });
    it('refuses a path id that no id can match (the documented pattern)', async () => {
      const r = await inv.get(`/v1/persons/${encodeURIComponent('Nguyễn Văn A')}/status`);
      expect(r.status).toBe(400);
      expect(r.body.errors).toEqual([{ field: 'personId', message: 'must match ^[A-Za-z0-9_.:-]{1,64}$' }]);
    });
  });

  describe('unknown ids are 404 and write nothing', () => {
    it.each<[string, object, string]>([
      ['/v1/check-ins', { personId: 'nobody', venueId: 'V', direction: 'in', at: '2021-07-19T08:00:00Z' }, 'personId'],
      ['/v1/check-ins', { personId: 'A', venueId: 'nowhere', direction: 'in', at: '2021-07-19T08:00:00Z' }, 'venueId'],
      ['/v1/contacts', { personA: 'A', personB: 'nobody', from: '2021-07-19T08:00:00Z', to: '2021-07-19T09:00:00Z', setting: 'social' }, 'personB'],
      ['/v1/test-results', { personId: 'nobody', sampledAt: '2021-07-19T08:00:00Z', result: 'negative', method: 'pcr' }, 'personId'],
    ])('%s naming %s', async (path, body, field) => {
      const before = await head();
      const r = await (path === '/v1/check-ins' ? gw : inv).post(path, body);
      expect(r.status).toBe(404);
      expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(await head()).toBe(before);
    });
    it('answers 404 for exposures of a person who is not a confirmed case', async () => {
      expect((await inv.get('/v1/cases/A/exposures')).status).toBe(404);
      expect((await inv.get('/v1/persons/nobody/status')).status).toBe(404);
      expect((await tf.post('/v1/isolation-orders/none/release', { at: '2021-07-19T08:00:00Z' })).status).toBe(404);
    });
  });

  describe('retries change nothing', () => {
    it('answers a repeated registration like the first and refuses other data with 409', async () => {
      const body = { personId: 'R', fullName: 'Retry', phone: '0912 345 678' };
      const first = await inv.post('/v1/persons', body);
      const before = await head();
      const again = await inv.post('/v1/persons', body);
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.body).toEqual(first.body);
      // The phone is recorded in E.164: the same number written another way is the same registration.
      expect((await inv.post('/v1/persons', { ...body, phone: '+84912345678' })).status).toBe(201);
      expect(await head()).toBe(before);
      const other = await inv.post('/v1/persons', { ...body, phone: '0987 654 321' });
      expect(other.status).toBe(409);
      expect(await head()).toBe(before);
    });
    it('derives the id from an Idempotency-Key when the client gives none', async () => {
      const a = await inv.post('/v1/persons', { fullName: 'Keyed' }, { 'idempotency-key': 'k-1' });
      const before = await head();
      const b = await inv.post('/v1/persons', { fullName: 'Keyed' }, { 'idempotency-key': 'k-1' });
      expect(b.body.personId).toBe(a.body.personId);
      expect(await head()).toBe(before);
    });
    it('answers a repeated check-in and test result like the first', async () => {
      const scan = { checkInId: 'c-retry', personId: 'A', venueId: 'V', direction: 'in', at: '2021-07-19T08:00:00+07:00' };
      expect((await gw.post('/v1/check-ins', scan)).status).toBe(202);
      const before = await head();
      expect((await gw.post('/v1/check-ins', scan)).status).toBe(202);
      expect((await gw.post('/v1/check-ins', { ...scan, direction: 'out' })).status).toBe(409);
      const test = { testId: 't-retry', personId: 'B', sampledAt: '2021-07-19T08:00:00Z', result: 'positive', method: 'pcr' };
      const t1 = await inv.post('/v1/test-results', test);
      const afterTest = await head();
      const t2 = await inv.post('/v1/test-results', test);
      expect(t1.body).toEqual({ testId: 't-retry', caseConfirmed: true, caseActive: true });
      expect(t2.body).toEqual(t1.body);
      expect(await head()).toBe(afterTest);
      expect(afterTest).not.toBe(before);
    });
    it('gives each batch item its own answer', async () => {
      const items = [
        { checkInId: 'b1', personId: 'A', venueId: 'V', direction: 'out', at: '2021-07-19T08:20:00+07:00' },
        { checkInId: 'b2', personId: 'A', venueId: 'V', direction: 'in', at: 'not a time' },
        { checkInId: 'b3', personId: 'nobody', venueId: 'V', direction: 'in', at: '2021-07-19T08:00:00Z' },
        { checkInId: 'c-retry', personId: 'A', venueId: 'V', direction: 'in', at: '2021-07-19T08:00:00+07:00' },
      ];
      const r = await gw.post('/v1/check-ins/batch', { items });
      expect(r.status).toBe(207);
      expect(r.body.results.map((x: { checkInId: string; status: number }) => [x.checkInId, x.status])).toEqual([
        ['b1', 202], ['b2', 400], ['b3', 404], ['c-retry', 202],
      ]);
      expect(r.body.results[1].error.errors[0].field).toBe('at');
    });
  });

  describe('isolation orders', () => {
    it('orders, releases once, and shows the isolation in the person status', async () => {
      const order = { orderId: 'o-1', personId: 'A', kind: 'home', from: '2021-07-19T08:00:00+07:00', reason: 'F1 of B' };
      expect((await tf.post('/v1/isolation-orders', order)).status).toBe(201);
      expect((await tf.post('/v1/isolation-orders', order)).status).toBe(201);
      expect((await tf.post('/v1/isolation-orders', { ...order, personId: 'B' })).status).toBe(409);
      const status = await inv.get('/v1/persons/A/status');
      expect(status.body.isolation).toMatchObject({ orderId: 'o-1', kind: 'home', releasedAt: null });
      const release = await tf.post('/v1/isolation-orders/o-1/release', { at: '2021-07-19T20:00:00+07:00' });
      expect(release.status).toBe(200);
      expect((await tf.post('/v1/isolation-orders/o-1/release', { at: '2021-07-19T21:00:00+07:00' })).status).toBe(409);
      expect((await inv.get('/v1/persons/A/status')).body.isolation).toBeNull();
    });
  });

  describe('operations', () => {
    it('serves OpenAPI and health without a key, and metrics to an admin', async () => {
      const anon = client(app.url, '');
      expect((await anon.get('/docs-json')).body.paths['/v1/cases/{personId}/exposures']).toBeDefined();
      const health = await anon.get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'up', ready: true, adapters: { eventStore: { adapter: 'sqlite', state: 'up' }, contactGraph: { adapter: process.env.E2E_CONTACT_GRAPH ?? 'embedded', state: 'up' }, projection: { state: 'up' }, alerts: { state: 'up' } } });
      expect(await anon.get('/health/live')).toMatchObject({ status: 200, body: { status: 'up', live: true } });
      expect(await anon.get('/health/ready')).toMatchObject({ status: 200, body: { status: 'up', ready: true } });
      expect((await client(app.url, KEYS.admin).get('/metrics')).body).toMatch(/http_requests_total/);
    });
    it('serves the venue QR code as SVG and PNG', async () => {
      const svg = await fetch(`${app.url}/v1/venues/V/qr.svg`, { headers: { authorization: `Bearer ${KEYS.investigator}` } });
      expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
      expect(await svg.text()).toMatch(/<svg/);
      const png = await fetch(`${app.url}/v1/venues/V/qr.png`, { headers: { authorization: `Bearer ${KEYS.investigator}` } });
      expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
      expect((await inv.get('/v1/venues/nowhere/qr.svg')).status).toBe(404);
    });
  });
});
