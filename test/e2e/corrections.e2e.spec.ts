import { describe, expect, it } from '@jest/globals';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { getCsv } from '../support/csv-over-http.js';
import { graphBackends } from '../support/graph-backends.js';
import { KEYS } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const at = (iso: string): number => Date.parse(iso);
const POSTED = at('2021-07-15T00:00:00Z');
const VOIDED = at('2021-07-15T01:00:00Z');
const BETWEEN = '2021-07-15T07:30:00+07:00'; // after the facts were posted, before the voids
const AFTER = '2021-07-15T08:30:00+07:00';
const LONG_MS = 120_000;
const WRONG_QR = 'scanned the wrong venue QR code';

/** Who is exposed to A, by level: the part of the answer a task force acts on. */
type Chain = [string, number, string][];
/** Before the voids: E only "met" A through a scan at V that was really at W; D through a contact with the wrong household. */
const BEFORE_VOIDS: Chain = [['E', 1, 'A'], ['C', 1, 'A'], ['D', 2, 'C']];
/** After them: B's visit at V is no longer cut short by the wrong scan, so B met A; E and D are gone. */
const AFTER_VOIDS: Chain = [['B', 1, 'A'], ['C', 1, 'A']];

describe.each(graphBackends().map((b) => [b.name, b] as const))('%s contact graph: voiding wrong scans and a wrong contact', (_, backend) => {
  const service = useTestApp({
    now: POSTED,
    backend,
    timeoutMs: LONG_MS,
    setup: async (app) => {
      const inv = service.as(KEYS.investigator);
      const gw = service.as(KEYS.gateway);
      for (const p of ['A', 'B', 'C', 'D', 'E']) await inv.post('/v1/persons', { personId: p, fullName: `Người ${p}` });
      for (const v of ['V', 'W']) await inv.post('/v1/venues', { venueId: v, name: `Chợ ${v}`, kind: 'market' });
      const scan = (checkInId: string, personId: string, venueId: string, direction: string, time: string) =>
        gw.post('/v1/check-ins', { checkInId, personId, venueId, direction, at: `2021-07-11T${time}:00+07:00` });
      await scan('a-in', 'A', 'V', 'in', '10:00');
      await scan('a-out', 'A', 'V', 'out', '11:00');
      await scan('b-in', 'B', 'V', 'in', '10:00');
      // B scanned W's QR by mistake ten minutes later, still at V: it ends B's visit at V.
      expect((await scan('b-wrong', 'B', 'W', 'in', '10:10')).status).toBe(202);
      // E was at W but scanned V's QR: E "met" A at V.
      expect((await scan('e-wrong', 'E', 'V', 'in', '10:15')).status).toBe(202);
      await inv.post('/v1/contacts', { contactId: 'k1', personA: 'A', personB: 'C', from: '2021-07-11T12:00:00+07:00', to: '2021-07-11T12:30:00+07:00', setting: 'social' });
      // Recorded against the wrong household: D never met C.
      await inv.post('/v1/contacts', { contactId: 'k2', personA: 'C', personB: 'D', from: '2021-07-11T19:00:00+07:00', to: '2021-07-11T20:00:00+07:00', setting: 'household' });
      await inv.post('/v1/test-results', { testId: 'tA', personId: 'A', sampledAt: '2021-07-12T08:00:00+07:00', result: 'positive', method: 'pcr' });
      expect(app.clock.current).toBe(POSTED);
    },
  });
  const inv = service.as(KEYS.investigator);
  const chain = async (query = ''): Promise<Chain> => {
    const r = await inv.get(`/v1/cases/A/exposures${query}`);
    if (r.status !== 200 || r.headers.get('x-stale') !== null) throw new Error(`exposures${query}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.exposures.map((e: { personId: string; level: number; via: { fromPersonId: string } }) => [e.personId, e.level, e.via.fromPersonId]);
  };
  const visits = async (personId: string) => (await inv.get(`/v1/persons/${personId}/visits`)).body;
  const voidActor = async (checkInId: string) =>
    (await service.app.app.get<EventStore>(EVENT_STORE).readAll()).find((e) => e.type === 'CheckInVoided' && e.data.checkInId === checkInId)!.metadata.actor;
  const wrongScanOfB = (by: string) => ({
    checkInId: 'b-wrong',
    direction: 'in',
    at: '2021-07-11T03:10:00.000Z',
    source: 'manual',
    venueId: 'W',
    venueName: 'Chợ W',
    voided: { at: new Date(VOIDED).toISOString(), by, reason: WRONG_QR },
  });

  it('counts every fact before the voids: E is F1 through the wrong scan, D F2 through the wrong household, B not exposed', async () => {
    expect(await chain()).toEqual(BEFORE_VOIDS);
    expect((await inv.get('/v1/persons/D/status')).body.classification).toBe('F2');
    expect((await inv.get('/v1/persons/E/status')).body.classification).toBe('F1');
    const b = await visits('B');
    expect(b.visits.map((v: { venueId: string; end: string }) => [v.venueId, v.end])).toEqual([['V', '2021-07-11T03:10:00.000Z'], ['W', '2021-07-11T04:10:00.000Z']]);
    expect(b.voidedScans).toEqual([]);
  });

  it('voids the wrong scans and the wrong contact: B becomes F1, the false F1 and the F2 disappear', async () => {
    service.app.clock.current = VOIDED;
    const scanVoid = await inv.post('/v1/check-ins/b-wrong/void', { reason: WRONG_QR });
    expect(scanVoid.status).toBe(200);
    expect(scanVoid.body).toEqual({ checkInId: 'b-wrong', personId: 'B', voided: true, reason: WRONG_QR });
    expect((await inv.post('/v1/check-ins/e-wrong/void', { reason: WRONG_QR })).status).toBe(200);
    const contactVoid = await inv.post('/v1/contacts/k2/void', { reason: 'wrong household' });
    expect(contactVoid.body).toEqual({ contactId: 'k2', voided: true, reason: 'wrong household' });

    expect(await chain()).toEqual(AFTER_VOIDS);
    expect((await inv.get('/v1/persons/D/status')).body.classification).toBe('none');
    expect((await inv.get('/v1/persons/E/status')).body.classification).toBe('none');
  });

  it("shows a voided scan in the person's visits with who voided it, when and why, counting toward no visit", async () => {
    const by = await voidActor('b-wrong');
    expect(by).toMatch(/^investigator:/);
    const b = await visits('B');
    // Without the wrong scan, B's visit at V runs its full stay, and there is no visit at W.
    expect(b.visits).toEqual([
      expect.objectContaining({ venueId: 'V', start: '2021-07-11T03:00:00.000Z', end: '2021-07-11T04:00:00.000Z', endEstimated: true, scans: [expect.objectContaining({ checkInId: 'b-in' })] }),
    ]);
    expect(b.voidedScans).toEqual([wrongScanOfB(by)]);
    expect(JSON.stringify(b)).not.toContain(KEYS.investigator);
    const e = await visits('E');
    expect([e.visits, e.voidedScans.map((s: { checkInId: string }) => s.checkInId)]).toEqual([[], ['e-wrong']]);
    // Nobody was at W any more; at V, E is gone.
    expect((await inv.get('/v1/venues/W/visits')).body.visits).toEqual([]);
    expect((await inv.get('/v1/venues/V/visits')).body.visits.map((v: { personId: string }) => v.personId)).toEqual(['A', 'B']);
  });

  it('pages visits and voided scans together in time order, each once', async () => {
    const first = await inv.get('/v1/persons/B/visits?limit=1');
    expect([first.body.visits.map((v: { venueId: string }) => v.venueId), first.body.voidedScans]).toEqual([['V'], []]);
    const second = await inv.get(`/v1/persons/B/visits?limit=1&cursor=${first.body.next}`);
    expect([second.body.visits, second.body.voidedScans.map((s: { checkInId: string }) => s.checkInId), second.body.next]).toEqual([[], ['b-wrong'], null]);
    const outside = await inv.get(`/v1/persons/B/visits?from=${encodeURIComponent('2021-07-11T10:20:00+07:00')}`);
    expect([outside.body.visits.length, outside.body.voidedScans]).toEqual([1, []]);
  });

  it('exports the voided scan in the CSV of the visits, with who, when and why', async () => {
    const csv = await getCsv(service.app.url, '/v1/persons/B/visits', KEYS.investigator);
    expect(csv.records.map((r) => [r.venueId, r.start, r.end, r.scans, r.voided, r['voidedAt (Asia/Ho_Chi_Minh)'], r.voidedBy, r.voidReason])).toEqual([
      ['V', '2021-07-11T03:00:00.000Z', '2021-07-11T04:00:00.000Z', 'in 2021-07-11T03:00:00.000Z manual b-in', 'false', '', '', ''],
      ['W', '2021-07-11T03:10:00.000Z', '', 'in 2021-07-11T03:10:00.000Z manual b-wrong', 'true', '2021-07-15 08:00:00', await voidActor('b-wrong'), WRONG_QR],
    ]);
  });

  it('records the voids in the fact streams with who did it', async () => {
    const log = await service.app.app.get<EventStore>(EVENT_STORE).readAll();
    const voids = log.filter((e) => e.type.endsWith('Voided')).map((e) => [e.streamId, e.type, e.data, e.metadata.actor]);
    expect(voids).toEqual([
      ['checkins-B', 'CheckInVoided', { checkInId: 'b-wrong', reason: WRONG_QR }, expect.stringContaining('investigator')],
      ['checkins-E', 'CheckInVoided', { checkInId: 'e-wrong', reason: WRONG_QR }, expect.stringContaining('investigator')],
      ['contact-k2', 'ContactVoided', { contactId: 'k2', reason: 'wrong household' }, expect.stringContaining('investigator')],
    ]);
  });

  it('answers a repeated void as the first time, refuses another reason (409), an unknown id (404), a blank reason (400) and the gateway (403)', async () => {
    const again = await inv.post('/v1/check-ins/b-wrong/void', { reason: WRONG_QR });
    expect([again.status, again.body]).toEqual([200, { checkInId: 'b-wrong', personId: 'B', voided: true, reason: WRONG_QR }]);
    expect((await inv.post('/v1/contacts/k2/void', { reason: 'wrong household' })).status).toBe(200);
    expect((await inv.post('/v1/contacts/k2/void', { reason: 'something else' })).status).toBe(409);
    expect((await inv.post('/v1/check-ins/nope/void', { reason: 'x' })).status).toBe(404);
    expect((await inv.post('/v1/contacts/nope/void', { reason: 'x' })).status).toBe(404);
    const blank = await inv.post('/v1/check-ins/b-in/void', { reason: '  ' });
    expect([blank.status, blank.body.errors]).toEqual([400, [expect.objectContaining({ field: 'reason' })]]);
    expect((await inv.post('/v1/check-ins/b-in/void', {})).status).toBe(400);
    expect((await service.as(KEYS.gateway).post('/v1/check-ins/b-in/void', { reason: 'x' })).status).toBe(403);
    expect((await service.as(KEYS.taskForce).post('/v1/contacts/k2/void', { reason: 'wrong household' })).status).toBe(200);
    const voids = (await service.app.app.get<EventStore>(EVENT_STORE).readAll()).filter((e) => e.type.endsWith('Voided'));
    expect(voids).toHaveLength(3);
  });

  it('keeps a voided id used: the same check-in again changes nothing, other data is 409', async () => {
    const gw = service.as(KEYS.gateway);
    const same = { checkInId: 'b-wrong', personId: 'B', venueId: 'W', direction: 'in', at: '2021-07-11T10:10:00+07:00' };
    expect((await gw.post('/v1/check-ins', same)).status).toBe(202);
    expect((await gw.post('/v1/check-ins', { ...same, venueId: 'V' })).status).toBe(409);
    expect(await chain()).toEqual(AFTER_VOIDS);
    expect((await visits('B')).voidedScans.map((s: { checkInId: string }) => s.checkInId)).toEqual(['b-wrong']);
  });

  it('answers asOf before the voids with the facts as they stood (the false F1 and F2 included), and asOf after them without', async () => {
    expect(await chain(`?asOf=${encodeURIComponent(BETWEEN)}`)).toEqual(BEFORE_VOIDS);
    expect(await chain(`?asOf=${encodeURIComponent(AFTER)}`)).toEqual(AFTER_VOIDS);
  });

  it('gives the same answers after a restart and after a rebuild from the log: the voided facts stay out, the visits show them voided', async () => {
    const by = await voidActor('b-wrong');
    for (const rebuild of [() => service.restart(), () => service.rebuildContactGraph()]) {
      await rebuild();
      expect(await chain()).toEqual(AFTER_VOIDS);
      expect(await chain(`?asOf=${encodeURIComponent(BETWEEN)}`)).toEqual(BEFORE_VOIDS);
      expect((await inv.get('/v1/persons/E/status')).body.classification).toBe('none');
      expect((await visits('B')).voidedScans).toEqual([wrongScanOfB(by)]);
    }
  }, LONG_MS);
});
