import { describe, expect, it } from '@jest/globals';
import { eventually, settled } from '../integration/alerts/support/alerts-over-http.js';
import { BOM, getCsv } from '../support/csv-over-http.js';
import { useDirectoryApp } from '../support/directory-world.js';
import { KEYS } from '../support/test-app.js';

const venueIds = (r: { body: { venues: { venueId: string }[] } }) => r.body.venues.map((v) => v.venueId);

describe('venues: list, details, the printable QR sheet', () => {
  const town = useDirectoryApp();
  const inv = town.as(KEYS.investigator);

  it('lists venues by name, finds one by words of its name or address without accents', async () => {
    const all = await inv.get('/v1/venues');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({
      venues: [
        { venueId: 'V1', name: 'Chợ Long Xuyên', address: 'Số 1 Nguyễn Huệ, Long Xuyên, An Giang', kind: 'market', defaultStayMinutes: 60 },
        { venueId: 'V2', name: 'Công ty <Bình Minh> & Co', address: null, kind: 'workplace', defaultStayMinutes: 480 },
      ],
      next: null,
    });
    expect(venueIds(await inv.get(`/v1/venues?q=${encodeURIComponent('cho long xuyen')}`))).toEqual(['V1']);
    expect(venueIds(await inv.get(`/v1/venues?q=${encodeURIComponent('nguyễn huệ')}`))).toEqual(['V1']);
    expect(venueIds(await inv.get(`/v1/venues?q=binh`))).toEqual(['V2']);
    const first = await inv.get('/v1/venues?limit=1');
    expect(venueIds(first)).toEqual(['V1']);
    expect(venueIds(await inv.get(`/v1/venues?limit=1&cursor=${first.body.next}`))).toEqual(['V2']);
  });

  it('answers a venue’s details, 404 for an unknown one', async () => {
    const r = await inv.get('/v1/venues/V2');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ venueId: 'V2', name: 'Công ty <Bình Minh> & Co', address: null, kind: 'workplace', defaultStayMinutes: 480 });
    expect((await inv.get('/v1/venues/NOPE')).status).toBe(404);
  });

  it('lets investigators, the task force, admins and auditors read venues; not gateways', async () => {
    for (const key of [KEYS.taskForce, KEYS.admin, KEYS.auditor]) {
      expect((await town.as(key).get('/v1/venues')).status).toBe(200);
      expect((await town.as(key).get('/v1/venues/V1')).status).toBe(200);
    }
    expect((await town.as(KEYS.gateway).get('/v1/venues')).status).toBe(403);
    expect((await town.as(KEYS.gateway).get('/v1/venues/V1')).status).toBe(403);
  });

  it('exports the venues as CSV with a BOM', async () => {
    const csv = await getCsv(town.app.url, '/v1/venues', KEYS.auditor);
    expect([...csv.bytes.slice(0, 3)]).toEqual(BOM);
    expect(csv.records).toEqual([
      { venueId: 'V1', name: 'Chợ Long Xuyên', address: 'Số 1 Nguyễn Huệ, Long Xuyên, An Giang', kind: 'market', defaultStayMinutes: '60' },
      { venueId: 'V2', name: 'Công ty <Bình Minh> & Co', address: '', kind: 'workplace', defaultStayMinutes: '480' },
    ]);
  });

  it('prints a QR sheet with the venue’s name and address under the code, in UTF-8', async () => {
    const res = await fetch(`${town.app.url}/v1/venues/V1/qr-sheet.html`, { headers: { authorization: `Bearer ${KEYS.investigator}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<svg[^>]*>[\s\S]*<\/svg>/);
    const code = html.indexOf('<svg');
    expect(html.indexOf('Chợ Long Xuyên', code)).toBeGreaterThan(code);
    expect(html.indexOf('Số 1 Nguyễn Huệ, Long Xuyên, An Giang', code)).toBeGreaterThan(code);
  });

  it('escapes the venue’s text in the sheet, and keeps the sheet to those who print codes', async () => {
    const res = await fetch(`${town.app.url}/v1/venues/V2/qr-sheet.html`, { headers: { authorization: `Bearer ${KEYS.admin}` } });
    const html = await res.text();
    expect(html).toContain('Công ty &lt;Bình Minh&gt; &amp; Co');
    expect(html).not.toContain('<Bình Minh>');
    const auditor = await fetch(`${town.app.url}/v1/venues/V1/qr-sheet.html`, { headers: { authorization: `Bearer ${KEYS.auditor}` } });
    expect(auditor.status).toBe(403);
    const missing = await fetch(`${town.app.url}/v1/venues/NOPE/qr-sheet.html`, { headers: { authorization: `Bearer ${KEYS.investigator}` } });
    expect(missing.status).toBe(404);
  });

  it('derives a visit again when its missing check-out is uploaded late', async () => {
    const gw = town.as(KEYS.gateway);
    expect((await gw.post('/v1/check-ins', { checkInId: 'c3-late', personId: 'P2', venueId: 'V1', direction: 'out', at: '2021-07-10T10:15:00+07:00' })).status).toBe(202);
    const r = await inv.get('/v1/persons/P2/visits');
    expect(r.body.visits).toEqual([
      expect.objectContaining({ start: '2021-07-10T01:30:00.000Z', end: '2021-07-10T03:15:00.000Z', startEstimated: false, endEstimated: false }),
    ]);
    expect(r.body.visits[0].scans.map((s: { checkInId: string }) => s.checkInId)).toEqual(['c3', 'c3-late']);
  });
});

describe('GET /v1/alerts as CSV', () => {
  const town = useDirectoryApp();

  it('exports the same alerts as the JSON page, with local times beside UTC', async () => {
    const inv = town.as(KEYS.investigator);
    const tf = town.as(KEYS.taskForce);
    expect((await inv.post('/v1/test-results', { personId: 'P1', sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' })).status).toBe(201);
    await settled(town.app.app);
    const json = await eventually('two alerts (P2 at F1, P3 at F2)', async () => {
      const r = await tf.get('/v1/alerts');
      return r.body.alerts.length === 2 && r.body;
    });
    const csv = await getCsv(town.app.url, '/v1/alerts', KEYS.taskForce);
    expect(csv.status).toBe(200);
    expect([...csv.bytes.slice(0, 3)]).toEqual(BOM);
    expect(csv.records.map((r) => [r.alertId, r.personId, r.caseId, r.level, r.exposedAt])).toEqual(
      json.alerts.map((a: any) => [a.alertId, a.personId, a.caseId, String(a.level), a.exposedAt]),
    );
    const p2 = csv.records.find((r) => r.personId === 'P2')!;
    expect(p2.exposedAt).toBe('2021-07-10T01:30:00.000Z');
    expect(p2['exposedAt (Asia/Ho_Chi_Minh)']).toBe('2021-07-10 08:30:00');
    expect(p2.viaVenueId).toBe('V1');
    expect((await getCsv(town.app.url, '/v1/alerts', KEYS.gateway)).status).toBe(403);
  });
});
