import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

const NOW = Date.parse('2021-07-27T03:00:00Z');

describe('isolation history: supersede, release, batch orders', () => {
  let app: RunningApp;
  const tf = () => client(app.url, KEYS.taskForce);
  const status = async (personId: string) => {
    const r = await client(app.url, KEYS.investigator).get(`/v1/persons/${personId}/status`);
    expect(r.status).toBe(200);
    return r.body;
  };

  beforeAll(async () => {
    app = await startApp({ now: NOW });
    const inv = client(app.url, KEYS.investigator);
    for (const p of ['P1', 'P2', 'P3', 'P4', 'P5']) expect((await inv.post('/v1/persons', { personId: p, fullName: `Người ${p}` })).status).toBe(201);
    expect((await inv.post('/v1/venues', { venueId: 'V1', name: 'Chợ', kind: 'market' })).status).toBe(201);
    const gw = client(app.url, KEYS.gateway);
    for (const [personId, direction, at] of [['P1', 'in', '08:00'], ['P1', 'out', '09:00'], ['P2', 'in', '08:30'], ['P2', 'out', '10:00']]) {
      expect((await gw.post('/v1/check-ins', { personId, venueId: 'V1', direction, at: `2021-07-10T${at}:00+07:00` })).status).toBe(202);
    }
    expect((await inv.post('/v1/test-results', { personId: 'P1', sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('a new order supersedes the open one; the status shows the current order and the whole history', async () => {
    const first = { orderId: 'O1', personId: 'P2', kind: 'home', from: '2021-07-11T10:00:00+07:00', reason: 'F1 of P1' };
    expect((await tf().post('/v1/isolation-orders', first)).status).toBe(201);
    const second = { orderId: 'O2', personId: 'P2', kind: 'centralized', from: '2021-07-12T10:00:00+07:00', reason: 'moved to camp' };
    expect((await tf().post('/v1/isolation-orders', second)).status).toBe(201);
    expect((await tf().post('/v1/isolation-orders', second)).status).toBe(201); // a retry changes nothing
    const s = await status('P2');
    expect(s.isolation).toMatchObject({ orderId: 'O2', kind: 'centralized', supersedes: 'O1', releasedAt: null });
    expect(s.isolationHistory).toEqual([
      { orderId: 'O1', kind: 'home', from: '2021-07-11T03:00:00.000Z', until: null, reason: 'F1 of P1', releasedAt: '2021-07-12T03:00:00.000Z', supersedes: null, supersededBy: 'O2' },
      { orderId: 'O2', kind: 'centralized', from: '2021-07-12T03:00:00.000Z', until: null, reason: 'moved to camp', releasedAt: null, supersedes: 'O1', supersededBy: null },
    ]);
    expect(s.recommendation).toMatchObject({ isolation: 'centralized', orders: ['O1', 'O2'] });
    const release = await tf().post('/v1/isolation-orders/O1/release', { at: '2021-07-13T10:00:00+07:00' });
    expect(release.status).toBe(409);
  });

  it('refuses an order that would start before the open one', async () => {
    const early = { orderId: 'O0', personId: 'P2', kind: 'home', from: '2021-07-10T10:00:00+07:00', reason: 'backdated' };
    expect((await tf().post('/v1/isolation-orders', early)).status).toBe(409);
    expect((await status('P2')).isolationHistory).toHaveLength(2);
  });

  it('after a release that served the exposure, the status recommends nothing and says which order served it', async () => {
    expect((await tf().post('/v1/isolation-orders/O2/release', { at: '2021-07-25T10:00:00+07:00' })).status).toBe(200);
    const s = await status('P2');
    expect(s.classification).toBe('F1');
    expect(s.isolation).toBeNull();
    expect(s.recommendation).toBeNull();
    expect(s.servedBy).toBe('O2');
    expect(s.isolationHistory[1]).toMatchObject({ orderId: 'O2', releasedAt: '2021-07-25T03:00:00.000Z', supersededBy: null });
  });

  it('orders many people at once with a result per item, and a retry changes nothing', async () => {
    const items = [
      { orderId: 'B1', personId: 'P3', kind: 'home', from: '2021-07-20T08:00:00+07:00', reason: 'F1 list' },
      { orderId: 'B2', personId: 'P9', kind: 'home', from: '2021-07-20T08:00:00+07:00', reason: 'F1 list' },
      { orderId: 'B3', personId: 'P4', kind: 'camp', from: '2021-07-20T08:00:00+07:00', reason: 'F1 list' },
      { personId: 'P5', kind: 'centralized', from: '2021-07-20T08:00:00+07:00', until: '2021-08-03T08:00:00+07:00', reason: 'F1 list' },
      { orderId: 'B1', personId: 'P4', kind: 'home', from: '2021-07-20T08:00:00+07:00', reason: 'same id, other person' },
    ];
    const headers = { 'idempotency-key': 'f1-page-1' };
    const first = await tf().post('/v1/isolation-orders/batch', { items }, headers);
    expect(first.status).toBe(207);
    expect(first.body.results.map((r: { status: number }) => r.status)).toEqual([201, 404, 400, 201, 409]);
    expect(first.body.results[2].error.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    const generated = first.body.results[3].orderId;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const again = await tf().post('/v1/isolation-orders/batch', { items }, headers);
    expect(again.body.results.map((r: { orderId: string; status: number }) => [r.orderId, r.status])).toEqual(
      first.body.results.map((r: { orderId: string; status: number }) => [r.orderId, r.status]),
    );
    expect((await status('P5')).isolationHistory.map((o: { orderId: string }) => o.orderId)).toEqual([generated]);
    expect((await status('P3')).isolation).toMatchObject({ orderId: 'B1', kind: 'home' });
    expect((await status('P4')).isolationHistory).toEqual([]);
  });

  it('is for the task force only', async () => {
    const body = { items: [{ personId: 'P3', kind: 'home', from: '2021-07-20T08:00:00+07:00', reason: 'x' }] };
    for (const key of [KEYS.investigator, KEYS.gateway, KEYS.admin]) expect((await client(app.url, key).post('/v1/isolation-orders/batch', body)).status).toBe(403);
  });
});
