import { afterAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { RetentionScheduler } from '../../src/retention/application/retention.scheduler.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

const at = (iso: string) => Date.parse(iso);

describe('retention of movement data (RETENTION_DAYS=28)', () => {
  let app: RunningApp;
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('drops old check-ins and contacts from the log and the graph, keeps case records and recent answers', async () => {
    app = await startApp({ now: at('2021-06-03T00:00:00Z') });
    const inv = client(app.url, KEYS.investigator);
    const gw = client(app.url, KEYS.gateway);
    for (const p of ['O1', 'O2', 'O3', 'R1', 'R2', 'R3']) await inv.post('/v1/persons', { personId: p, fullName: p });
    await inv.post('/v1/venues', { venueId: 'V', name: 'V', kind: 'market' });
    const visit = async (p: string, day: string) => {
      await gw.post('/v1/check-ins', { personId: p, venueId: 'V', direction: 'in', at: `${day}T08:00:00+07:00` });
      await gw.post('/v1/check-ins', { personId: p, venueId: 'V', direction: 'out', at: `${day}T09:00:00+07:00` });
    };
    await visit('O1', '2021-06-01');
    await visit('O2', '2021-06-01');
    await inv.post('/v1/contacts', { personA: 'O2', personB: 'O3', from: '2021-06-01T20:00:00+07:00', to: '2021-06-01T21:00:00+07:00', setting: 'household' });
    await inv.post('/v1/test-results', { testId: 'tO', personId: 'O1', sampledAt: '2021-06-02T08:00:00+07:00', result: 'positive', method: 'pcr' });

    // Read-your-writes: the graph holds the old movements before the clock moves on.
    const exposed = async (caseId: string) => (await inv.get(`/v1/cases/${caseId}/exposures`)).body.exposures.map((e: { personId: string }) => e.personId);
    expect(await exposed('O1')).toEqual(['O2', 'O3']);

    app.clock.current = at('2021-07-22T00:00:00Z');
    await visit('R1', '2021-07-20');
    await visit('R2', '2021-07-20');
    await inv.post('/v1/contacts', { personA: 'R2', personB: 'R3', from: '2021-07-20T20:00:00+07:00', to: '2021-07-20T21:00:00+07:00', setting: 'household' });
    await inv.post('/v1/test-results', { testId: 'tR', personId: 'R1', sampledAt: '2021-07-21T08:00:00+07:00', result: 'positive', method: 'pcr' });

    const recentBefore = (await inv.get('/v1/cases/R1/exposures')).body;
    expect(await exposed('R1')).toEqual(['R2', 'R3']);
    expect(await exposed('O1')).toEqual(['O2', 'O3']);

    await app.app.get(RetentionScheduler).runOnce();

    const store = app.app.get<EventStore>(EVENT_STORE);
    const log = await store.readAll();
    const movement = log.filter((e) => /^(checkins|contact)-/.test(e.streamId));
    expect(movement.every((e) => Date.parse(e.metadata.recordedAt) >= at('2021-06-24T00:00:00Z'))).toBe(true);
    expect(movement.map((e) => e.streamId)).toEqual(expect.arrayContaining(['checkins-R1', 'checkins-R2']));
    expect(movement.some((e) => ['checkins-O1', 'checkins-O2'].includes(e.streamId))).toBe(false);
    expect(log.filter((e) => e.streamId === 'person-O1').map((e) => e.type)).toEqual(['PersonRegistered', 'TestResultRecorded', 'CaseConfirmed']);

    expect((await inv.get('/v1/cases/R1/exposures')).body).toEqual(recentBefore);
    const old = await inv.get('/v1/cases/O1/exposures');
    expect(old.status).toBe(200);
    expect(old.body.exposures).toEqual([]);

    await app.close();
    app = await startApp({ dataDir: app.dataDir, now: at('2021-07-22T00:00:00Z') });
    const again = client(app.url, KEYS.investigator);
    expect((await again.get('/v1/cases/R1/exposures')).body).toEqual(recentBefore);
    expect((await again.get('/v1/cases/O1/exposures')).body.exposures).toEqual([]);

    // O2's check-in stream lost every event to retention; the person still checks in, one by one and in batches.
    const gw2 = client(app.url, KEYS.gateway);
    const single = await gw2.post('/v1/check-ins', { personId: 'O2', venueId: 'V', direction: 'in', at: '2021-07-21T08:00:00+07:00' });
    expect(single.status).toBe(202);
    const batch = await gw2.post('/v1/check-ins/batch', {
      items: [{ personId: 'O1', venueId: 'V', direction: 'in', at: '2021-07-21T08:05:00+07:00' }],
    });
    expect(batch.body.results.map((r: { status: number }) => r.status)).toEqual([202]);
    expect((await again.get('/v1/cases/R1/exposures')).body.exposures.map((e: { personId: string }) => e.personId)).toEqual(['R2', 'R3']);
  });
});
