import { describe, expect, it } from '@jest/globals';
import { KEYS } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const NOW = Date.parse('2021-07-27T03:00:00Z');
const HOUR = 3_600_000;
/** When each order and the release are recorded: asOf between them sees the log as it stood. */
const O1_AT = NOW + HOUR;
const O2_AT = NOW + 2 * HOUR;
const RELEASED_AT = NOW + 3 * HOUR;
const asOf = (ms: number) => `?depth=2&asOf=${encodeURIComponent(new Date(ms).toISOString())}`;

/** P1's chain as [person, level]. P2 (F1) met P7 at home, P8 socially, both after P2's home order began, and P6 at home after P2's centralized one began. */
type Chain = [string, number][];
const NO_ORDER: Chain = [['P2', 1], ['P7', 2], ['P8', 2], ['P6', 2]];
/** Home isolation ends P2's window for every contact but the household's. */
const HOME: Chain = [['P2', 1], ['P7', 2], ['P6', 2]];
/** Centralized isolation ends it for the household too; the superseded home order still ended it for the others. */
const CENTRALIZED: Chain = [['P2', 1], ['P7', 2]];

describe('isolation history: supersede, release, batch orders', () => {
  const service = useTestApp({
    now: NOW,
    setup: async () => {
      const inv = service.as(KEYS.investigator);
      for (const p of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8']) expect((await inv.post('/v1/persons', { personId: p, fullName: `Người ${p}` })).status).toBe(201);
      expect((await inv.post('/v1/venues', { venueId: 'V1', name: 'Chợ', kind: 'market' })).status).toBe(201);
      const gw = service.as(KEYS.gateway);
      for (const [personId, direction, at] of [['P1', 'in', '08:00'], ['P1', 'out', '09:00'], ['P2', 'in', '08:30'], ['P2', 'out', '10:00']]) {
        expect((await gw.post('/v1/check-ins', { personId, venueId: 'V1', direction, at: `2021-07-10T${at}:00+07:00` })).status).toBe(202);
      }
      const contacts = [
        ['P7', '2021-07-11T18:00:00+07:00', '2021-07-11T18:30:00+07:00', 'household'],
        ['P8', '2021-07-11T19:00:00+07:00', '2021-07-11T19:30:00+07:00', 'social'],
        ['P6', '2021-07-12T18:00:00+07:00', '2021-07-12T18:30:00+07:00', 'household'],
      ];
      for (const [personB, from, to, setting] of contacts) expect((await inv.post('/v1/contacts', { personA: 'P2', personB, from, to, setting })).status).toBe(201);
      expect((await inv.post('/v1/test-results', { personId: 'P1', sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' })).status).toBe(201);
    },
  });
  const tf = service.as(KEYS.taskForce);
  const status = async (personId: string) => {
    const r = await service.as(KEYS.investigator).get(`/v1/persons/${personId}/status`);
    expect(r.status).toBe(200);
    return r.body;
  };
  const chain = async (query = '?depth=2'): Promise<Chain> => {
    const r = await service.as(KEYS.investigator).get(`/v1/cases/P1/exposures${query}`);
    if (r.status !== 200 || r.headers.get('x-stale') !== null) throw new Error(`exposures${query}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.exposures.map((e: { personId: string; level: number }) => [e.personId, e.level]);
  };

  it("counts every contact of P2's while P2 has no order", async () => {
    expect(await chain()).toEqual(NO_ORDER);
  });

  it('a new order supersedes the open one; the status shows the current order and the whole history', async () => {
    service.app.clock.current = O1_AT;
    const first = { orderId: 'O1', personId: 'P2', kind: 'home', from: '2021-07-11T10:00:00+07:00', reason: 'F1 of P1' };
    expect((await tf.post('/v1/isolation-orders', first)).status).toBe(201);
    expect(await chain()).toEqual(HOME);
    service.app.clock.current = O2_AT;
    const second = { orderId: 'O2', personId: 'P2', kind: 'centralized', from: '2021-07-12T10:00:00+07:00', reason: 'moved to camp' };
    expect((await tf.post('/v1/isolation-orders', second)).status).toBe(201);
    expect((await tf.post('/v1/isolation-orders', second)).status).toBe(201); // a retry changes nothing
    const s = await status('P2');
    expect(s.isolation).toMatchObject({ orderId: 'O2', kind: 'centralized', supersedes: 'O1', releasedAt: null });
    expect(s.isolationHistory).toEqual([
      { orderId: 'O1', kind: 'home', from: '2021-07-11T03:00:00.000Z', until: null, reason: 'F1 of P1', releasedAt: '2021-07-12T03:00:00.000Z', supersedes: null, supersededBy: 'O2' },
      { orderId: 'O2', kind: 'centralized', from: '2021-07-12T03:00:00.000Z', until: null, reason: 'moved to camp', releasedAt: null, supersedes: 'O1', supersededBy: null },
    ]);
    expect(s.recommendation).toMatchObject({ isolation: 'centralized', orders: ['O1', 'O2'] });
    expect(await chain()).toEqual(CENTRALIZED);
    const release = await tf.post('/v1/isolation-orders/O1/release', { at: '2021-07-13T10:00:00+07:00' });
    expect(release.status).toBe(409);
  });

  it('refuses an order that would start before the open one', async () => {
    const early = { orderId: 'O0', personId: 'P2', kind: 'home', from: '2021-07-10T10:00:00+07:00', reason: 'backdated' };
    expect((await tf.post('/v1/isolation-orders', early)).status).toBe(409);
    expect((await status('P2')).isolationHistory).toHaveLength(2);
  });

  it('after a release that served the exposure, the status recommends nothing and says which order served it', async () => {
    service.app.clock.current = RELEASED_AT;
    expect((await tf.post('/v1/isolation-orders/O2/release', { at: '2021-07-25T10:00:00+07:00' })).status).toBe(200);
    const s = await status('P2');
    expect(s.classification).toBe('F1');
    expect(s.isolation).toBeNull();
    expect(s.recommendation).toBeNull();
    expect(s.servedBy).toBe('O2');
    expect(s.isolationHistory[1]).toMatchObject({ orderId: 'O2', releasedAt: '2021-07-25T03:00:00.000Z', supersededBy: null });
    // A release ends the isolation, not what it prevented: P6 stays out of the chain.
    expect(await chain()).toEqual(CENTRALIZED);
  });

  it('answers asOf each step with the orders the log held then: before the orders, after the first, after the supersession, after the release', async () => {
    service.app.clock.current = RELEASED_AT + HOUR;
    expect(await chain(asOf(O1_AT - HOUR / 2))).toEqual(NO_ORDER);
    expect(await chain(asOf(O2_AT - HOUR / 2))).toEqual(HOME);
    expect(await chain(asOf(RELEASED_AT - HOUR / 2))).toEqual(CENTRALIZED);
    expect(await chain(asOf(RELEASED_AT + HOUR / 2))).toEqual(CENTRALIZED);
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
    const first = await tf.post('/v1/isolation-orders/batch', { items }, headers);
    expect(first.status).toBe(207);
    expect(first.body.results.map((r: { status: number }) => r.status)).toEqual([201, 404, 400, 201, 409]);
    expect(first.body.results[2].error.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    const generated = first.body.results[3].orderId;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const again = await tf.post('/v1/isolation-orders/batch', { items }, headers);
    expect(again.body.results.map((r: { orderId: string; status: number }) => [r.orderId, r.status])).toEqual(
      first.body.results.map((r: { orderId: string; status: number }) => [r.orderId, r.status]),
    );
    expect((await status('P5')).isolationHistory.map((o: { orderId: string }) => o.orderId)).toEqual([generated]);
    expect((await status('P3')).isolation).toMatchObject({ orderId: 'B1', kind: 'home' });
    expect((await status('P4')).isolationHistory).toEqual([]);
  });

  it('is for the task force only', async () => {
    const body = { items: [{ personId: 'P3', kind: 'home', from: '2021-07-20T08:00:00+07:00', reason: 'x' }] };
    for (const key of [KEYS.investigator, KEYS.gateway, KEYS.admin]) expect((await service.as(key).post('/v1/isolation-orders/batch', body)).status).toBe(403);
  });

  it('gives the same chain, history and status after a restart and after a rebuild of the contact graph from the log', async () => {
    const before = await Promise.all(['P2', 'P3', 'P5'].map(status));
    for (const rebuild of [() => service.restart(), () => service.rebuildContactGraph()]) {
      await rebuild();
      expect(await chain()).toEqual(CENTRALIZED);
      expect(await chain(asOf(O2_AT - HOUR / 2))).toEqual(HOME);
      expect(await Promise.all(['P2', 'P3', 'P5'].map(status))).toEqual(before);
    }
    expect(before[0]).toMatchObject({ classification: 'F1', isolation: null, recommendation: null, servedBy: 'O2' });
  });
});
