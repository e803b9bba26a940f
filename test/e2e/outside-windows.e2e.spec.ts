import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

// Settings other than the defaults, so the answers show they follow the configuration.
const NOW = Date.parse('2021-07-30T01:00:00Z');
const RETENTION_CUTOFF = '2021-07-16T01:00:00.000Z'; // NOW - RETENTION_DAYS (14)
const ACTIVE_CUTOFF = '2021-07-09T01:00:00.000Z'; // NOW - CASE_ACTIVE_DAYS (21)

describe('data the service would not keep or use is refused or flagged, not swallowed', () => {
  let app: RunningApp;
  let inv: ReturnType<typeof client>;
  let gw: ReturnType<typeof client>;
  const head = async () => (await client(app.url, '').get('/health')).body.adapters.projection.head;
  const checkInIds = async (personId: string) => {
    const stream = await app.app.get<EventStore>(EVENT_STORE).readStream(`checkins-${personId}`);
    return stream.map((e) => (e.data as { checkInId: string }).checkInId);
  };
  const retentionProblem = (field: string) => ({
    status: 422,
    setting: 'RETENTION_DAYS',
    cutoff: RETENTION_CUTOFF,
    detail: expect.stringContaining(`RETENTION_DAYS (14 days)`),
    errors: [{ field, message: `is before the retention cut-off ${RETENTION_CUTOFF} (RETENTION_DAYS=14)` }],
  });

  beforeAll(async () => {
    app = await startApp({ now: NOW, env: { RETENTION_DAYS: '14', CASE_ACTIVE_DAYS: '21' } });
    inv = client(app.url, KEYS.investigator);
    gw = client(app.url, KEYS.gateway);
    for (const p of ['A', 'B', 'C', 'D', 'E']) await inv.post('/v1/persons', { personId: p, fullName: `Person ${p}` });
    await inv.post('/v1/venues', { venueId: 'V', name: 'Chợ Long Xuyên', kind: 'market' });
  });
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('answers a check-in older than RETENTION_DAYS with 422 naming the setting and the cut-off, and writes nothing', async () => {
    const before = await head();
    const r = await gw.post('/v1/check-ins', { checkInId: 'old', personId: 'A', venueId: 'V', direction: 'in', at: '2021-07-16T07:59:00+07:00' });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(r.body).toMatchObject(retentionProblem('at'));
    expect(r.body.detail).toContain(RETENTION_CUTOFF);
    expect(await head()).toBe(before);
    expect(await checkInIds('A')).toEqual([]);

    const atCutoff = await gw.post('/v1/check-ins', { checkInId: 'kept', personId: 'A', venueId: 'V', direction: 'in', at: '2021-07-16T08:00:00+07:00' });
    expect(atCutoff.status).toBe(202);
    expect(await checkInIds('A')).toEqual(['kept']);
  });

  it('answers a contact that ended before the cut-off with 422 on `to`, and keeps one that ends after it', async () => {
    const before = await head();
    const old = await inv.post('/v1/contacts', { contactId: 'c-old', personA: 'A', personB: 'B', from: '2021-07-15T18:00:00+07:00', to: '2021-07-16T07:59:00+07:00', setting: 'household' });
    expect(old.status).toBe(422);
    expect(old.body).toMatchObject(retentionProblem('to'));
    expect(await head()).toBe(before);

    const spanning = await inv.post('/v1/contacts', { contactId: 'c-span', personA: 'A', personB: 'B', from: '2021-07-15T18:00:00+07:00', to: '2021-07-16T09:00:00+07:00', setting: 'household' });
    expect(spanning.status).toBe(201);
  });

  it('gives an old item of a batch its own 422 with the problem, and records the others', async () => {
    const items = [
      { checkInId: 'b-old', personId: 'B', venueId: 'V', direction: 'in', at: '2021-07-01T08:00:00+07:00' },
      { checkInId: 'b-new', personId: 'B', venueId: 'V', direction: 'in', at: '2021-07-29T08:00:00+07:00' },
    ];
    const r = await gw.post('/v1/check-ins/batch', { items });
    expect(r.status).toBe(207);
    expect(r.body.results[0]).toMatchObject({ checkInId: 'b-old', status: 422, error: retentionProblem('at') });
    expect(r.body.results[1]).toEqual({ checkInId: 'b-new', status: 202 });
    expect(await checkInIds('B')).toEqual(['b-new']);
  });

  it('records a positive result whose case can never be active, and says so with the reason', async () => {
    // Sampled 2021-07-11 00:59Z: the window opens two days earlier, a minute before the cut-off.
    const r = await inv.post('/v1/test-results', { testId: 't-late', personId: 'C', sampledAt: '2021-07-11T07:59:00+07:00', result: 'positive', method: 'pcr' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ testId: 't-late', caseConfirmed: true, caseActive: false, reason: expect.stringContaining('CASE_ACTIVE_DAYS (21 days)') });
    expect(r.body.reason).toContain('2021-07-09T00:59:00.000Z');
    expect(r.body.reason).toContain(ACTIVE_CUTOFF);
    // Recorded: the case exists, and it is not counted.
    expect((await inv.get('/v1/cases/C/exposures')).status).toBe(200);
    expect((await inv.get('/v1/persons/C/status')).body.classification).toBe('none');
  });

  it('answers caseActive: true for a case whose window began at the cut-off or later', async () => {
    const r = await inv.post('/v1/test-results', { testId: 't-now', personId: 'D', sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ testId: 't-now', caseConfirmed: true, caseActive: true });
    expect((await inv.get('/v1/persons/D/status')).body.classification).toBe('F0');
  });

  it('answers caseActive: false for a negative result of a person with no confirmed case', async () => {
    const r = await inv.post('/v1/test-results', { testId: 't-neg', personId: 'E', sampledAt: '2021-07-29T08:00:00+07:00', result: 'negative', method: 'rapid-antigen' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ testId: 't-neg', caseConfirmed: false, caseActive: false, reason: expect.stringContaining('not a confirmed case') });
  });
});
