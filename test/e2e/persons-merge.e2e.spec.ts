import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { allAlerts, settled } from '../integration/alerts/support/alerts-over-http.js';
import { getCsv } from '../support/csv-over-http.js';
import { graphBackends } from '../support/graph-backends.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';
import { waitUntil } from '../support/wait-until.js';

const at = (iso: string): number => Date.parse(iso);
const POSTED = at('2021-07-15T00:00:00Z');
const MERGED = at('2021-07-15T01:00:00Z');
const BETWEEN = '2021-07-15T07:30:00+07:00'; // after the facts were posted, before the merge
const AFTER = '2021-07-15T08:30:00+07:00';
const LONG_MS = 120_000;

type Chain = [string, number, string][];
const BEFORE_MERGE: Chain = [['M', 1, 'A'], ['X', 2, 'M'], ['K', 2, 'M']];
// K holds M's visit with A (F1); the K-M household contact is a self-contact; X met M (now K) at W.
const AFTER_MERGE: Chain = [['K', 1, 'A'], ['X', 2, 'K']];

/**
 * One human registered twice (K and M, same phone): M met the case A at V, K and M live together,
 * M met X at W. After the merge the chain lists the human once, as K, with M's facts.
 */
describe.each(graphBackends().map((b) => [b.name, b] as const))('%s contact graph: merging a duplicate registration', (_, backend) => {
  let app: RunningApp;
  const inv = () => client(app.url, KEYS.investigator);
  const chain = async (query = '', caseId = 'A'): Promise<Chain> => {
    const r = await inv().get(`/v1/cases/${caseId}/exposures${query}`);
    if (r.status !== 200 || r.headers.get('x-stale') !== null) throw new Error(`exposures${query}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.exposures.map((e: { personId: string; level: number; via: { fromPersonId: string } }) => [e.personId, e.level, e.via.fromPersonId]);
  };
  const visitScans = async (personId: string): Promise<string[]> => {
    const r = await inv().get(`/v1/persons/${personId}/visits`);
    expect(r.status).toBe(200);
    return r.body.visits.flatMap((v: { scans: { checkInId: string }[] }) => v.scans.map((s) => s.checkInId)).sort();
  };

  beforeAll(async () => {
    await backend.reset();
    app = await startApp({ now: POSTED, env: backend.env });
    const gw = client(app.url, KEYS.gateway);
    await inv().post('/v1/persons', { personId: 'A', fullName: 'Trần Thị Bích' });
    await inv().post('/v1/persons', { personId: 'K', fullName: 'Nguyễn Văn An', phone: '0912 345 678', dateOfBirth: '1980-05-17' });
    await inv().post('/v1/persons', { personId: 'M', fullName: 'NGUYEN VAN AN', phone: '+84912345678', dateOfBirth: '1980-05-17' });
    await inv().post('/v1/persons', { personId: 'X', fullName: 'Lê Văn X', nationalId: '0790 8000 1234' });
    await inv().post('/v1/persons', { personId: 'Y', fullName: 'Lê Văn Y', nationalId: '079080001234' });
    for (const v of ['V', 'W']) await inv().post('/v1/venues', { venueId: v, name: v, kind: 'market' });
    const scan = (checkInId: string, personId: string, venueId: string, direction: string, time: string) =>
      gw.post('/v1/check-ins', { checkInId, personId, venueId, direction, at: `2021-07-11T${time}:00+07:00` });
    await scan('a-in', 'A', 'V', 'in', '10:00');
    await scan('a-out', 'A', 'V', 'out', '11:00');
    await scan('m-in', 'M', 'V', 'in', '10:00');
    await scan('m-out', 'M', 'V', 'out', '11:00');
    await scan('m-w-in', 'M', 'W', 'in', '14:00');
    await scan('m-w-out', 'M', 'W', 'out', '15:00');
    await scan('x-in', 'X', 'W', 'in', '14:00');
    await scan('x-out', 'X', 'W', 'out', '15:00');
    await scan('k-in', 'K', 'W', 'in', '20:00');
    await inv().post('/v1/contacts', { contactId: 'km', personA: 'K', personB: 'M', from: '2021-07-11T19:00:00+07:00', to: '2021-07-11T20:00:00+07:00', setting: 'household' });
    await inv().post('/v1/test-results', { testId: 'tA', personId: 'A', sampledAt: '2021-07-12T08:00:00+07:00', result: 'positive', method: 'pcr' });
    await client(app.url, KEYS.taskForce).post('/v1/isolation-orders', { orderId: 'oM', personId: 'M', kind: 'home', from: '2021-07-13T08:00:00+07:00', reason: 'F1 of A' });
    // The alerts of the case are raised before the merge, as they would be days before it.
    await settled(app.app, { timeoutMs: LONG_MS });
  }, LONG_MS);

  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  }, LONG_MS);

  it('lists the possible duplicates: same phone, same national id, same name (accents aside) and date of birth', async () => {
    const r = await inv().get('/v1/persons/duplicates');
    expect(r.status).toBe(200);
    const groups = r.body.duplicates.map((g: { reason: string; value: string; persons: { personId: string }[] }) => [g.reason, g.value, g.persons.map((p) => p.personId)]);
    expect(groups).toEqual([
      ['nameAndDateOfBirth', 'nguyen van an 1980-05-17', ['K', 'M']],
      ['nationalId', '079080001234', ['X', 'Y']],
      ['phone', '+84912345678', ['K', 'M']],
    ]);
    const page1 = await inv().get('/v1/persons/duplicates?limit=2');
    const page2 = await inv().get(`/v1/persons/duplicates?limit=2&cursor=${page1.body.next}`);
    expect([...page1.body.duplicates, ...page2.body.duplicates]).toEqual(r.body.duplicates);
    expect(page2.body.next).toBeNull();
    const csv = await getCsv(app.url, '/v1/persons/duplicates', KEYS.investigator);
    expect(csv.status).toBe(200);
    expect(csv.records.map((row) => [row.reason, row.personId, row.phone])).toEqual([
      ['nameAndDateOfBirth', 'K', '+84912345678'],
      ['nameAndDateOfBirth', 'M', '+84912345678'],
      ['nationalId', 'X', ''],
      ['nationalId', 'Y', ''],
      ['phone', 'K', '+84912345678'],
      ['phone', 'M', '+84912345678'],
    ]);
    for (const key of [KEYS.admin, KEYS.gateway, KEYS.auditor]) expect((await client(app.url, key).get('/v1/persons/duplicates')).status).toBe(403);
  });

  it('counts K and M as two people before the merge', async () => {
    expect(await chain()).toEqual(BEFORE_MERGE);
    expect((await inv().get('/v1/persons/K/status')).body.classification).toBe('F2');
  });

  it('refuses bad merges: unknown ids (404), the same id (400), a gateway (403)', async () => {
    expect((await inv().post('/v1/persons/nobody/merge', { mergedId: 'M' })).status).toBe(404);
    const unknown = await inv().post('/v1/persons/K/merge', { mergedId: 'nobody' });
    expect([unknown.status, unknown.body.detail]).toEqual([404, expect.stringContaining('nobody')]);
    const self = await inv().post('/v1/persons/K/merge', { mergedId: 'K' });
    expect([self.status, self.body.errors]).toEqual([400, [expect.objectContaining({ field: 'mergedId' })]]);
    expect((await inv().post('/v1/persons/K/merge', {})).status).toBe(400);
    expect((await client(app.url, KEYS.gateway).post('/v1/persons/K/merge', { mergedId: 'M' })).status).toBe(403);
    const log = await app.app.get<EventStore>(EVENT_STORE).readAll();
    expect(log.filter((e) => e.type === 'PersonsMerged')).toEqual([]);
  });

  it('merges M into K: PersonsMerged in person-K; a retry records nothing; other merges of either id are 409', async () => {
    app.clock.current = MERGED;
    const body = { mergedId: 'M', reason: 'registered twice with the same phone' };
    const first = await inv().post('/v1/persons/K/merge', body, { 'idempotency-key': 'merge-k-m' });
    expect([first.status, first.body]).toEqual([200, { keptId: 'K', mergedId: 'M', reason: 'registered twice with the same phone' }]);
    const again = await inv().post('/v1/persons/K/merge', body, { 'idempotency-key': 'merge-k-m' });
    expect([again.status, again.body]).toEqual([first.status, first.body]);
    expect((await inv().post('/v1/persons/K/merge', body)).status).toBe(200); // the same request without the key
    expect((await inv().post('/v1/persons/M/merge', { mergedId: 'K' })).status).toBe(409); // the other way round
    expect((await inv().post('/v1/persons/X/merge', { mergedId: 'M' })).status).toBe(409); // M is K's already
    expect((await inv().post('/v1/persons/K/merge', { ...body, reason: 'another' })).status).toBe(409);

    const merges = (await app.app.get<EventStore>(EVENT_STORE).readAll()).filter((e) => e.type === 'PersonsMerged');
    expect(merges.map((e) => [e.streamId, e.schemaVersion, e.data])).toEqual([['person-K', 1, { keptId: 'K', mergedId: 'M', reason: 'registered twice with the same phone' }]]);
  });

  it('lists the human once in the chain, as K with every fact of M; M points to K', async () => {
    expect(await chain()).toEqual(AFTER_MERGE);
    const k = (await inv().get('/v1/persons/K/status')).body;
    expect([k.classification, k.mergedInto, k.isolationHistory.map((o: { orderId: string }) => o.orderId)]).toEqual(['F1', null, ['oM']]);
    const m = await inv().get('/v1/persons/M');
    expect([m.status, m.body.personId, m.body.mergedInto]).toEqual([200, 'M', 'K']);
    expect((await inv().get('/v1/persons/K')).body.mergedInto).toBeNull();
    const mStatus = (await inv().get('/v1/persons/M/status')).body;
    expect([mStatus.personId, mStatus.mergedInto, mStatus.classification]).toEqual(['M', 'K', 'F1']);
    expect(await visitScans('K')).toEqual(['k-in', 'm-in', 'm-out', 'm-w-in', 'm-w-out']);
    expect(await visitScans('M')).toEqual(await visitScans('K'));
  });

  it("lists the human once among a venue's visitors, as K with M's scans", async () => {
    const r = await inv().get('/v1/venues/V/visits');
    expect(r.status).toBe(200);
    const visitors = r.body.visits.map((v: { personId: string; scans: { checkInId: string }[] }) => [v.personId, v.scans.map((s) => s.checkInId).sort()]);
    expect(visitors).toEqual([['A', ['a-in', 'a-out']], ['K', ['m-in', 'm-out']]]);
  });

  it('does not alert the human again at a level one of their ids was alerted at: K, now F1, was told so as M', async () => {
    await settled(app.app, { timeoutMs: LONG_MS });
    const told = (await allAlerts(app.url)).filter((a) => ['K', 'M'].includes(a.personId)).map((a) => [a.personId, a.level]);
    // Before the merge: M F1 of A, K F2 through the household contact with M; after it, nothing new.
    expect(told.sort()).toEqual([['K', 2], ['M', 1]]);
    // The follow-up list of the human, by either id, holds both.
    for (const id of ['K', 'M']) {
      const listed = (await inv().get(`/v1/alerts?personId=${id}`)).body.alerts.map((a: { personId: string; level: number }) => [a.personId, a.level]);
      expect(listed).toEqual([['M', 1], ['K', 2]]);
    }
  }, LONG_MS);

  it('no longer lists the merged pair as duplicates', async () => {
    const groups = (await inv().get('/v1/persons/duplicates')).body.duplicates.map((g: { reason: string }) => g.reason);
    expect(groups).toEqual(['nationalId']);
  });

  it('counts writes naming the merged id for the kept person, and voids a check of the merged id', async () => {
    const gw = client(app.url, KEYS.gateway);
    // M (now K) at V again on the 12th, with X: X becomes exposed through K.
    await gw.post('/v1/check-ins', { checkInId: 'm2-in', personId: 'M', venueId: 'V', direction: 'in', at: '2021-07-12T09:00:00+07:00' });
    await gw.post('/v1/check-ins', { checkInId: 'y-in', personId: 'Y', venueId: 'V', direction: 'in', at: '2021-07-12T09:00:00+07:00' });
    expect(await chain()).toEqual([...AFTER_MERGE, ['Y', 2, 'K']]);
    expect(await visitScans('K')).toContain('m2-in');
    const voided = await inv().post('/v1/check-ins/m2-in/void', { reason: 'not there' });
    expect([voided.status, voided.body.personId]).toEqual([200, 'M']); // recorded in M's stream
    expect(await chain()).toEqual(AFTER_MERGE);
  });

  it('answers asOf before the merge with two people, asOf after it with one', async () => {
    expect(await chain(`?asOf=${encodeURIComponent(BETWEEN)}`)).toEqual(BEFORE_MERGE);
    expect(await chain(`?asOf=${encodeURIComponent(AFTER)}`)).toEqual(AFTER_MERGE);
  });

  it('gives the same answers after a restart and after a rebuild from the log', async () => {
    await app.close();
    app = await startApp({ dataDir: app.dataDir, now: MERGED, env: backend.env });
    expect(await chain()).toEqual(AFTER_MERGE);
    expect((await inv().get('/v1/persons/M')).body.mergedInto).toBe('K');
    // A graph resumed from its checkpoint (Neo4j) maps a write naming M to K as before the restart.
    const gw = client(app.url, KEYS.gateway);
    await gw.post('/v1/check-ins', { checkInId: 'm3-in', personId: 'M', venueId: 'V', direction: 'in', at: '2021-07-12T09:00:00+07:00' });
    const expected: Chain = [...AFTER_MERGE, ['Y', 2, 'K']];
    expect(await chain()).toEqual(expected);

    const admin = client(app.url, KEYS.admin);
    expect((await admin.post('/v1/projections/contact-graph/rebuild', {})).status).toBeLessThan(300);
    await waitUntil('the rebuilt graph to answer with the merge', async () => {
      const seen = await chain();
      return { done: JSON.stringify(seen) === JSON.stringify(expected), seen };
    });
    expect((await inv().get('/v1/persons/M/status')).body.classification).toBe('F1');
    expect(await visitScans('K')).toEqual(expect.arrayContaining(['k-in', 'm-in', 'm-out', 'm-w-in', 'm-w-out', 'm3-in']));
  }, LONG_MS);
});
