import { beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { caseAlertStream, EXPOSURE_ALERT_RAISED } from '../../src/alerts/domain/alert-events.js';
import { EXPORT_PURPOSE } from '../support/csv-over-http.js';
import { KEYS } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';
import { settled } from '../integration/alerts/support/alerts-over-http.js';

const NOW = Date.parse('2021-07-12T03:00:00Z');
const NAMES: Record<string, string> = {
  P1: 'Nguyễn Văn An',
  P2: 'Trần Thị Bích Ngọc',
  P3: 'Lê Hoàng Phúc',
  P4: 'Phạm "Út" Đức, Anh',
  P5: 'Võ Thị Thu Hà',
};

interface Listed {
  alertId: string;
  personId: string;
  level: number;
  caseId: string;
  caseIds: string[];
  lastExposedAt: string | null;
  position: string;
  acknowledgement: { outcome: string; note: string | null; at: string; by: string } | null;
}

/** The raw bytes of a CSV answer: fetch's text() would drop the BOM this test checks. */
async function csvOf(url: string, path: string, key = KEYS.investigator) {
  const res = await fetch(url + path, { headers: { authorization: `Bearer ${key}`, accept: 'text/csv', 'x-purpose': EXPORT_PURPOSE } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('alert follow-up: filters, acknowledgement and the call list', () => {
  const service = useTestApp({ now: NOW });
  let all: Listed[];
  const inv = service.as(KEYS.investigator);
  const list = async (query: string): Promise<Listed[]> => {
    const r = await inv.get(`/v1/alerts?${query}`);
    expect(r.status).toBe(200);
    return r.body.alerts;
  };

  beforeAll(async () => {
    for (const [personId, fullName] of Object.entries(NAMES)) {
      expect((await inv.post('/v1/persons', { personId, fullName, phone: '0912345678' })).status).toBe(201);
    }
    expect((await inv.post('/v1/venues', { venueId: 'V1', name: 'Chợ Long Xuyên', kind: 'market' })).status).toBe(201);
    const gw = service.as(KEYS.gateway);
    const scans = [
      ['P1', 'in', '08:00'], ['P1', 'out', '09:00'],
      ['P2', 'in', '08:10'], ['P2', 'out', '09:00'],
      ['P4', 'in', '08:20'], ['P4', 'out', '09:00'],
      ['P5', 'in', '08:30'], ['P5', 'out', '09:00'],
    ];
    for (const [personId, direction, time] of scans) {
      expect((await gw.post('/v1/check-ins', { personId, venueId: 'V1', direction, at: `2021-07-10T${time}:00+07:00` })).status).toBe(202);
    }
    const contact = { personA: 'P2', personB: 'P3', from: '2021-07-10T18:00:00+07:00', to: '2021-07-10T18:30:00+07:00', setting: 'household' };
    expect((await inv.post('/v1/contacts', contact)).status).toBe(201);
    const test = { personId: 'P1', sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' };
    expect((await inv.post('/v1/test-results', test)).status).toBe(201);
    await settled(service.app.app);
    all = await list('');
  });

  it('lists every alert unacknowledged at first, readable by investigators', () => {
    expect(all.map((a) => [a.personId, a.level, a.acknowledgement])).toEqual(
      expect.arrayContaining([['P2', 1, null], ['P4', 1, null], ['P5', 1, null], ['P3', 2, null]]),
    );
    expect(all).toHaveLength(4);
    // One case: each alert names it, and counts the recommendation from the last exposure.
    expect(all.map((a) => [a.personId, a.caseIds, a.lastExposedAt])).toEqual(
      expect.arrayContaining([['P2', ['P1'], '2021-07-10T02:00:00.000Z'], ['P3', ['P1'], '2021-07-10T11:30:00.000Z']]),
    );
  });

  it.each([
    ['personId=P3', ['P3']],
    ['caseId=P1', ['P2', 'P3', 'P4', 'P5']],
    ['caseId=P9', []],
    ['level=1', ['P2', 'P4', 'P5']],
    ['level=2&personId=P2', []],
    ['acknowledged=true', []],
  ])('filters by %s', async (query, people) => {
    expect((await list(query)).map((a) => a.personId).sort()).toEqual(people);
  });

  it('pages a filtered list with since and limit', async () => {
    const first = await inv.get('/v1/alerts?level=1&limit=2');
    expect(first.body.alerts).toHaveLength(2);
    const second = await inv.get(`/v1/alerts?level=1&limit=2&since=${first.body.next}`);
    expect([...first.body.alerts, ...second.body.alerts].map((a: Listed) => a.personId).sort()).toEqual(['P2', 'P4', 'P5']);
    const end = await inv.get(`/v1/alerts?level=1&since=${second.body.next}`);
    expect(end.body).toEqual({ alerts: [], next: second.body.next });
  });

  it.each([
    ['level=0', 'level'],
    ['level=F1', 'level'],
    ['acknowledged=yes', 'acknowledged'],
    ['personId=a%20b', 'personId'],
  ])('answers ?%s with a 400 naming %s', async (query, field) => {
    const r = await inv.get(`/v1/alerts?${query}`);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('acknowledges an alert with who, when, outcome and note; the same request again changes nothing; another outcome is 409', async () => {
    const p2 = all.find((a) => a.personId === 'P2')!;
    const body = { outcome: 'reached', note: 'Đã gọi, hẹn xét nghiệm sáng mai' };
    const first = await inv.post(`/v1/alerts/${p2.alertId}/acknowledge`, body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      alertId: p2.alertId,
      personId: 'P2',
      acknowledgement: { outcome: 'reached', note: body.note, at: new Date(NOW).toISOString(), by: expect.stringMatching(/^investigator:/) },
    });
    service.app.clock.current = NOW + 60_000;
    const again = await inv.post(`/v1/alerts/${p2.alertId}/acknowledge`, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const other = await service.as(KEYS.taskForce).post(`/v1/alerts/${p2.alertId}/acknowledge`, { outcome: 'refused' });
    expect(other.status).toBe(409);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await list('personId=P2'))[0].acknowledgement).toEqual(first.body.acknowledgement);
    expect((await list('acknowledged=true')).map((a) => a.personId)).toEqual(['P2']);
    expect((await list('acknowledged=false')).map((a) => a.personId).sort()).toEqual(['P3', 'P4', 'P5']);
  });

  it('answers 404 for an unknown alert and 400 for an unknown outcome, writing nothing', async () => {
    const unknown = await inv.post('/v1/alerts/no-such-alert/acknowledge', { outcome: 'reached' });
    expect(unknown.status).toBe(404);
    const p4 = all.find((a) => a.personId === 'P4')!;
    const bad = await inv.post(`/v1/alerts/${p4.alertId}/acknowledge`, { outcome: 'called' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['outcome']);
    expect((await list('personId=P4'))[0].acknowledgement).toBeNull();
  });

  it('is the call list as CSV: UTF-8 with BOM, Vietnamese names, local times beside UTC, parseable back', async () => {
    const r = await csvOf(service.app.url, '/v1/alerts?acknowledged=false');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(r.bytes.toString('utf8'), { bom: true, columns: true });
    expect(rows.map((x) => x.personId).sort()).toEqual(['P3', 'P4', 'P5']);
    const p4 = rows.find((x) => x.personId === 'P4')!;
    expect(p4.fullName).toBe(NAMES.P4);
    expect(p4.phone).toBe('+84912345678');
    expect(p4.level).toBe('1');
    expect(p4.exposedAt).toBe('2021-07-10T01:20:00.000Z');
    expect(p4['exposedAt (Asia/Ho_Chi_Minh)']).toBe('2021-07-10 08:20:00');
    expect([p4.caseId, p4.caseIds, p4.lastExposedAt, p4['lastExposedAt (Asia/Ho_Chi_Minh)']]).toEqual(['P1', 'P1', '2021-07-10T02:00:00.000Z', '2021-07-10 09:00:00']);
    expect(rows.find((x) => x.personId === 'P3')!.fullName).toBe(NAMES.P3);
  });

  it.each([
    ['P3', 'unreachable'],
    ['P4', 'refused'],
    ['P5', 'wrong-person'],
  ])("records %s's call as %s, without a note", async (personId, outcome) => {
    const alert = all.find((a) => a.personId === personId)!;
    const r = await inv.post(`/v1/alerts/${alert.alertId}/acknowledge`, { outcome });
    expect(r.status).toBe(200);
    expect(r.body.acknowledgement).toMatchObject({ outcome, note: null });
    expect((await list(`personId=${personId}`))[0].acknowledgement).toEqual(r.body.acknowledgement);
  });

  it('empties the call list once every alert is followed up', async () => {
    expect(await list('acknowledged=false')).toEqual([]);
    const csv = await csvOf(service.app.url, '/v1/alerts?acknowledged=false');
    const rows = parse(csv.bytes.toString('utf8'), { bom: true, columns: true });
    expect(rows).toEqual([]);
  });

  it('gives the same list with acknowledgements after a restart (the read model is rebuilt from the log) and after a rebuild of the contact graph (no alert raised again)', async () => {
    const before = await list('');
    expect(before.some((a) => a.acknowledgement !== null)).toBe(true);
    for (const rebuild of [() => service.restart(), () => service.rebuildContactGraph()]) {
      await rebuild();
      await settled(service.app.app);
      expect(await list('')).toEqual(before);
      expect(await list('acknowledged=false')).toEqual([]);
    }
  });

  it('follows up an alert of an earlier log (one case, in alerts-<caseId>) like any other', async () => {
    const alertId = randomUUID();
    const v1 = {
      alertId,
      caseId: 'P0',
      personId: 'P9',
      level: 2,
      exposedAt: '2021-07-09T01:00:00.000Z',
      via: { fromPersonId: 'P8', kind: 'recorded-contact', venueId: null, contactId: 'k-old', from: '2021-07-09T01:00:00.000Z', to: '2021-07-09T02:00:00.000Z' },
      recommendation: null,
    };
    const metadata = { eventId: randomUUID(), correlationId: 'earlier-log', causationId: 'earlier-log', actor: 'system:exposure-alerts', recordedAt: '2021-07-11T00:00:00.000Z' };
    await service.app.app.get<EventStore>(EVENT_STORE).append(caseAlertStream('P0'), [{ type: EXPOSURE_ALERT_RAISED, schemaVersion: 1, data: v1, metadata }], 'no-stream');
    const [listed] = await list('caseId=P0&acknowledged=false');
    expect(listed).toMatchObject({ alertId, personId: 'P9', level: 2, caseId: 'P0', caseIds: ['P0'], lastExposedAt: null });
    const rows: Record<string, string>[] = parse((await csvOf(service.app.url, '/v1/alerts?personId=P9')).bytes.toString('utf8'), { bom: true, columns: true });
    expect(rows.map((r) => [r.alertId, r.caseIds, r.lastExposedAt])).toEqual([[alertId, 'P0', '']]);
    const r = await inv.post(`/v1/alerts/${alertId}/acknowledge`, { outcome: 'reached' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ alertId, personId: 'P9', acknowledgement: { outcome: 'reached' } });
    expect(await list('acknowledged=false')).toEqual([]);
  });

  it('lets investigators and the task force follow up, nobody else', async () => {
    const alertId = all[0].alertId;
    for (const key of [KEYS.gateway, KEYS.admin, KEYS.auditor]) {
      expect((await service.as(key).get('/v1/alerts')).status).toBe(403);
      expect((await service.as(key).post(`/v1/alerts/${alertId}/acknowledge`, { outcome: 'reached' })).status).toBe(403);
    }
    expect((await service.as(KEYS.taskForce).get('/v1/alerts')).status).toBe(200);
    expect((await service.as(KEYS.investigator).get('/v1/alerts/stream')).status).toBe(403);
  });
});
