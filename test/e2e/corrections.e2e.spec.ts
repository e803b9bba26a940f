import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { graphBackends } from '../support/graph-backends.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';
import { waitUntil } from '../support/wait-until.js';

const at = (iso: string): number => Date.parse(iso);
const POSTED = at('2021-07-15T00:00:00Z');
const VOIDED = at('2021-07-15T01:00:00Z');
const BETWEEN = '2021-07-15T07:30:00+07:00'; // after the facts were posted, before the voids
const LONG_MS = 120_000;

/** Who is exposed to A, by level: the part of the answer a task force acts on. */
type Chain = [string, number, string][];

describe.each(graphBackends().map((b) => [b.name, b] as const))('%s contact graph: voiding a wrong scan and a wrong contact', (_, backend) => {
  let app: RunningApp;
  const inv = () => client(app.url, KEYS.investigator);
  const chain = async (query = ''): Promise<Chain> => {
    const r = await inv().get(`/v1/cases/A/exposures${query}`);
    if (r.status !== 200 || r.headers.get('x-stale') !== null) throw new Error(`exposures${query}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.exposures.map((e: { personId: string; level: number; via: { fromPersonId: string } }) => [e.personId, e.level, e.via.fromPersonId]);
  };

  beforeAll(async () => {
    await backend.reset();
    app = await startApp({ now: POSTED, env: backend.env });
    const gw = client(app.url, KEYS.gateway);
    for (const p of ['A', 'B', 'C', 'D']) await inv().post('/v1/persons', { personId: p, fullName: `Người ${p}` });
    for (const v of ['V', 'W']) await inv().post('/v1/venues', { venueId: v, name: v, kind: 'market' });
    const scan = (checkInId: string, personId: string, venueId: string, direction: string, time: string) =>
      gw.post('/v1/check-ins', { checkInId, personId, venueId, direction, at: `2021-07-11T${time}:00+07:00` });
    await scan('a-in', 'A', 'V', 'in', '10:00');
    await scan('a-out', 'A', 'V', 'out', '11:00');
    await scan('b-in', 'B', 'V', 'in', '10:00');
    // B scanned W's QR by mistake ten minutes later, still at V: it ends B's visit at V.
    expect((await scan('b-wrong', 'B', 'W', 'in', '10:10')).status).toBe(202);
    await inv().post('/v1/contacts', { contactId: 'k1', personA: 'A', personB: 'C', from: '2021-07-11T12:00:00+07:00', to: '2021-07-11T12:30:00+07:00', setting: 'social' });
    // Recorded against the wrong household: D never met C.
    await inv().post('/v1/contacts', { contactId: 'k2', personA: 'C', personB: 'D', from: '2021-07-11T19:00:00+07:00', to: '2021-07-11T20:00:00+07:00', setting: 'household' });
    await inv().post('/v1/test-results', { testId: 'tA', personId: 'A', sampledAt: '2021-07-12T08:00:00+07:00', result: 'positive', method: 'pcr' });
  }, LONG_MS);

  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  }, LONG_MS);

  it('counts every fact before the voids: C is F1 through the contact, D F2 through the household, B not exposed', async () => {
    expect(await chain()).toEqual([['C', 1, 'A'], ['D', 2, 'C']]);
    expect((await inv().get('/v1/persons/D/status')).body.classification).toBe('F2');
  });

  it('voids the wrong scan and the wrong contact: B becomes F1, the F2 disappears', async () => {
    app.clock.current = VOIDED;
    const scanVoid = await inv().post('/v1/check-ins/b-wrong/void', { reason: 'scanned the wrong venue QR code' });
    expect(scanVoid.status).toBe(200);
    expect(scanVoid.body).toEqual({ checkInId: 'b-wrong', personId: 'B', voided: true, reason: 'scanned the wrong venue QR code' });
    const contactVoid = await inv().post('/v1/contacts/k2/void', { reason: 'wrong household' });
    expect(contactVoid.body).toEqual({ contactId: 'k2', voided: true, reason: 'wrong household' });

    expect(await chain()).toEqual([['B', 1, 'A'], ['C', 1, 'A']]);
    expect((await inv().get('/v1/persons/D/status')).body.classification).toBe('none');
  });

  it('records the voids in the fact streams with who did it', async () => {
    const log = await app.app.get<EventStore>(EVENT_STORE).readAll();
    const voids = log.filter((e) => e.type.endsWith('Voided')).map((e) => [e.streamId, e.type, e.data, e.metadata.actor]);
    expect(voids).toEqual([
      ['checkins-B', 'CheckInVoided', { checkInId: 'b-wrong', reason: 'scanned the wrong venue QR code' }, expect.stringContaining('investigator')],
      ['contact-k2', 'ContactVoided', { contactId: 'k2', reason: 'wrong household' }, expect.stringContaining('investigator')],
    ]);
  });

  it('answers a repeated void as the first time, refuses another reason (409), an unknown id (404), a blank reason (400) and the gateway (403)', async () => {
    const again = await inv().post('/v1/check-ins/b-wrong/void', { reason: 'scanned the wrong venue QR code' });
    expect([again.status, again.body]).toEqual([200, { checkInId: 'b-wrong', personId: 'B', voided: true, reason: 'scanned the wrong venue QR code' }]);
    expect((await inv().post('/v1/contacts/k2/void', { reason: 'wrong household' })).status).toBe(200);
    expect((await inv().post('/v1/contacts/k2/void', { reason: 'something else' })).status).toBe(409);
    expect((await inv().post('/v1/check-ins/nope/void', { reason: 'x' })).status).toBe(404);
    expect((await inv().post('/v1/contacts/nope/void', { reason: 'x' })).status).toBe(404);
    const blank = await inv().post('/v1/check-ins/b-in/void', { reason: '  ' });
    expect([blank.status, blank.body.errors]).toEqual([400, [expect.objectContaining({ field: 'reason' })]]);
    expect((await inv().post('/v1/check-ins/b-in/void', {})).status).toBe(400);
    expect((await client(app.url, KEYS.gateway).post('/v1/check-ins/b-in/void', { reason: 'x' })).status).toBe(403);
    expect((await client(app.url, KEYS.taskForce).post('/v1/contacts/k2/void', { reason: 'wrong household' })).status).toBe(200);
    const voids = (await app.app.get<EventStore>(EVENT_STORE).readAll()).filter((e) => e.type.endsWith('Voided'));
    expect(voids).toHaveLength(2);
  });

  it('keeps a voided id used: the same check-in again changes nothing, other data is 409', async () => {
    const gw = client(app.url, KEYS.gateway);
    const same = { checkInId: 'b-wrong', personId: 'B', venueId: 'W', direction: 'in', at: '2021-07-11T10:10:00+07:00' };
    expect((await gw.post('/v1/check-ins', same)).status).toBe(202);
    expect((await gw.post('/v1/check-ins', { ...same, venueId: 'V' })).status).toBe(409);
    expect(await chain()).toEqual([['B', 1, 'A'], ['C', 1, 'A']]);
  });

  it('answers asOf before the voids with the facts as they stood, and asOf after them without', async () => {
    expect(await chain(`?asOf=${encodeURIComponent(BETWEEN)}`)).toEqual([['C', 1, 'A'], ['D', 2, 'C']]);
    expect(await chain(`?asOf=${encodeURIComponent('2021-07-15T08:30:00+07:00')}`)).toEqual([['B', 1, 'A'], ['C', 1, 'A']]);
  });

  it('gives the same answers after a restart and after a rebuild from the log', async () => {
    await app.close();
    app = await startApp({ dataDir: app.dataDir, now: VOIDED, env: backend.env });
    expect(await chain()).toEqual([['B', 1, 'A'], ['C', 1, 'A']]);

    const admin = client(app.url, KEYS.admin);
    expect((await admin.post('/v1/projections/contact-graph/rebuild', {})).status).toBeLessThan(300);
    await waitUntil('the rebuilt graph to answer without the voided facts', async () => {
      const seen = await chain();
      return { done: JSON.stringify(seen) === JSON.stringify([['B', 1, 'A'], ['C', 1, 'A']]), seen };
    });
  }, LONG_MS);
});
