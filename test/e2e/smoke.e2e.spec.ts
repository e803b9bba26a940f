import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

describe('worked example over HTTP', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ now: Date.parse('2021-07-20T01:00:00Z') });
  });
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('registers, checks in, confirms a case and answers F1/F2', async () => {
    const inv = client(app.url, KEYS.investigator);
    const gw = client(app.url, KEYS.gateway);
    for (const p of ['P1', 'P2', 'P3']) expect((await inv.post('/v1/persons', { personId: p, fullName: `Person ${p}` })).status).toBe(201);
    const v = await inv.post('/v1/venues', { venueId: 'V1', name: 'Market', kind: 'market' });
    expect(v.status).toBe(201);
    expect(v.body.qrPayload).toMatch(/^EXPV1:V1:/);
    const scans = [
      ['P1', 'in', '2021-07-10T08:00:00+07:00'], ['P1', 'out', '2021-07-10T09:00:00+07:00'],
      ['P2', 'in', '2021-07-10T08:30:00+07:00'], ['P2', 'out', '2021-07-10T10:00:00+07:00'],
    ];
    for (const [personId, direction, at] of scans) {
      const r = await gw.post('/v1/check-ins', { personId, qrPayload: v.body.qrPayload, direction, at });
      expect(r.status).toBe(202);
    }
    expect((await inv.post('/v1/contacts', { personA: 'P2', personB: 'P3', from: '2021-07-10T18:00:00+07:00', to: '2021-07-10T18:30:00+07:00', setting: 'household' })).status).toBe(201);
    const t = await inv.post('/v1/test-results', { testId: 'T1', personId: 'P1', sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' });
    expect(t.body).toEqual({ testId: 'T1', caseConfirmed: true, caseActive: true });
    const e = await inv.get('/v1/cases/P1/exposures');
    expect(e.status).toBe(200);
    expect(e.body.case).toEqual({ personId: 'P1', infectiousFrom: '2021-07-09T01:00:00.000Z', infectiousUntil: null });
    expect(e.body.exposures.map((x: any) => [x.personId, x.level, x.exposedAt])).toEqual([
      ['P2', 1, '2021-07-10T01:30:00.000Z'],
      ['P3', 2, '2021-07-10T11:00:00.000Z'],
    ]);
  });
});

describe('asOf answers from what the log held then', () => {
  let app: RunningApp;
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('leaves out a late upload recorded after asOf, and includes it now', async () => {
    app = await startApp({ now: Date.parse('2021-07-12T00:00:00Z') });
    const inv = client(app.url, KEYS.investigator);
    const gw = client(app.url, KEYS.gateway);
    for (const p of ['P1', 'P2', 'P3']) await inv.post('/v1/persons', { personId: p, fullName: p });
    await inv.post('/v1/venues', { venueId: 'V', name: 'V', kind: 'shop' });
    await gw.post('/v1/check-ins', { personId: 'P1', venueId: 'V', direction: 'in', at: '2021-07-10T08:00:00+07:00' });
    await gw.post('/v1/check-ins', { personId: 'P2', venueId: 'V', direction: 'in', at: '2021-07-10T08:10:00+07:00' });
    await inv.post('/v1/test-results', { personId: 'P1', sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' });
    app.clock.current = Date.parse('2021-07-13T00:00:00Z');
    // An offline scanner uploads P3's scan a day late.
    const late = await gw.post('/v1/check-ins', { personId: 'P3', venueId: 'V', direction: 'in', at: '2021-07-10T08:20:00+07:00' });
    expect(late.headers.get('x-log-position')).toMatch(/^\d+$/);
    const people = (r: { body: { exposures: { personId: string }[] } }) => r.body.exposures.map((e) => e.personId);
    const now = await inv.get('/v1/cases/P1/exposures', { 'x-log-position': late.headers.get('x-log-position')! });
    expect(people(now)).toEqual(['P2', 'P3']);
    const then = await inv.get('/v1/cases/P1/exposures?asOf=2021-07-12T12:00:00%2B07:00');
    expect(then.status).toBe(200);
    expect(people(then)).toEqual(['P2']);
  });
});
