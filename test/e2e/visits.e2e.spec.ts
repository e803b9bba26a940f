import { describe, expect, it } from '@jest/globals';
import { BOM, getCsv } from '../support/csv-over-http.js';
import { useDirectoryApp } from '../support/directory-world.js';
import { KEYS } from '../support/test-app.js';

describe('visits as the rules derive them, with the scans behind each', () => {
  const town = useDirectoryApp();
  const inv = town.as(KEYS.investigator);

  describe('GET /v1/persons/{personId}/visits', () => {
    it('shows a complete visit as exact, with both scans', async () => {
      const r = await inv.get('/v1/persons/P1/visits');
      expect(r.status).toBe(200);
      expect(r.body.personId).toBe('P1');
      expect(r.body.next).toBeNull();
      expect(r.body.voidedScans).toEqual([]);
      expect(r.body.visits[0]).toEqual({
        personId: 'P1',
        venueId: 'V1',
        venueName: 'Chợ Long Xuyên',
        start: '2021-07-10T01:00:00.000Z',
        end: '2021-07-10T02:00:00.000Z',
        startEstimated: false,
        endEstimated: false,
        scans: [
          { checkInId: 'c1', direction: 'in', at: '2021-07-10T01:00:00.000Z', source: 'qr' },
          { checkInId: 'c2', direction: 'out', at: '2021-07-10T02:00:00.000Z', source: 'qr' },
        ],
      });
    });

    it('marks the end estimated when the check-out is missing (the venue stay)', async () => {
      const r = await inv.get('/v1/persons/P2/visits');
      expect(r.body.visits).toEqual([
        expect.objectContaining({ start: '2021-07-10T01:30:00.000Z', end: '2021-07-10T02:30:00.000Z', startEstimated: false, endEstimated: true }),
      ]);
      expect(r.body.visits[0].scans.map((s: { checkInId: string }) => s.checkInId)).toEqual(['c3']);
    });

    it('marks the start estimated when the check-in is missing', async () => {
      const r = await inv.get('/v1/persons/P3/visits');
      expect(r.body.visits).toEqual([
        expect.objectContaining({ start: '2021-07-10T02:00:00.000Z', end: '2021-07-10T03:00:00.000Z', startEstimated: true, endEstimated: false }),
      ]);
      expect(r.body.visits[0].scans).toEqual([{ checkInId: 'c4', direction: 'out', at: '2021-07-10T03:00:00.000Z', source: 'gateway' }]);
    });

    it('keeps the visits that overlap from..to', async () => {
      const all = await inv.get('/v1/persons/P1/visits');
      expect(all.body.visits.map((v: { venueId: string }) => v.venueId)).toEqual(['V1', 'V2']);
      const late = await inv.get(`/v1/persons/P1/visits?from=${encodeURIComponent('2021-07-10T10:30:00+07:00')}`);
      expect(late.body.visits.map((v: { venueId: string }) => v.venueId)).toEqual(['V2']);
      // Closed intervals: a visit ending exactly at `from` overlaps it.
      const touching = await inv.get(`/v1/persons/P1/visits?from=${encodeURIComponent('2021-07-10T09:00:00+07:00')}&to=${encodeURIComponent('2021-07-10T09:00:00+07:00')}`);
      expect(touching.body.visits.map((v: { venueId: string }) => v.venueId)).toEqual(['V1']);
    });

    it('refuses a range that ends before it starts, a local time, and an unknown person', async () => {
      const r = await inv.get(`/v1/persons/P1/visits?from=${encodeURIComponent('2021-07-11T00:00:00+07:00')}&to=${encodeURIComponent('2021-07-10T00:00:00+07:00')}`);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].field).toBe('to');
      expect((await inv.get('/v1/persons/P1/visits?from=2021-07-10T08:00:00')).body.errors[0].field).toBe('from');
      expect((await inv.get('/v1/persons/NOPE/visits')).status).toBe(404);
    });

    it('pages visits by cursor', async () => {
      const first = await inv.get('/v1/persons/P1/visits?limit=1');
      expect(first.body.visits.map((v: { venueId: string }) => v.venueId)).toEqual(['V1']);
      const second = await inv.get(`/v1/persons/P1/visits?limit=1&cursor=${first.body.next}`);
      expect(second.body.visits.map((v: { venueId: string }) => v.venueId)).toEqual(['V2']);
      expect(second.body.next).toBeNull();
    });

    it('is for those who may see person details', async () => {
      expect((await town.as(KEYS.taskForce).get('/v1/persons/P1/visits')).status).toBe(200);
      expect((await town.as(KEYS.admin).get('/v1/persons/P1/visits')).status).toBe(403);
      expect((await town.as(KEYS.gateway).get('/v1/persons/P1/visits')).status).toBe(403);
      expect((await town.as(KEYS.auditor).get('/v1/persons/P1/visits')).status).toBe(403);
    });

    it('exports the visits as CSV with local times beside UTC', async () => {
      const csv = await getCsv(town.app.url, '/v1/persons/P2/visits', KEYS.investigator);
      expect([...csv.bytes.slice(0, 3)]).toEqual(BOM);
      expect(csv.header).toEqual([
        'personId', 'venueId', 'venueName', 'start', 'start (Asia/Ho_Chi_Minh)', 'end', 'end (Asia/Ho_Chi_Minh)', 'startEstimated', 'endEstimated', 'scans',
        'voided', 'voidedAt', 'voidedAt (Asia/Ho_Chi_Minh)', 'voidedBy', 'voidReason',
      ]);
      expect(csv.records).toEqual([
        {
          personId: 'P2',
          venueId: 'V1',
          venueName: 'Chợ Long Xuyên',
          start: '2021-07-10T01:30:00.000Z',
          'start (Asia/Ho_Chi_Minh)': '2021-07-10 08:30:00',
          end: '2021-07-10T02:30:00.000Z',
          'end (Asia/Ho_Chi_Minh)': '2021-07-10 09:30:00',
          startEstimated: 'false',
          endEstimated: 'true',
          scans: 'in 2021-07-10T01:30:00.000Z qr c3',
          voided: 'false',
          voidedAt: '',
          'voidedAt (Asia/Ho_Chi_Minh)': '',
          voidedBy: '',
          voidReason: '',
        },
      ]);
    });
  });

  describe('GET /v1/venues/{venueId}/visits: who was there when', () => {
    it('lists everyone at the venue by start, with names and phones for investigators', async () => {
      const r = await inv.get('/v1/venues/V1/visits');
      expect(r.status).toBe(200);
      expect(r.body.venueId).toBe('V1');
      expect(r.body.visits.map((v: any) => [v.personId, v.fullName, v.phone, v.start, v.startEstimated, v.endEstimated])).toEqual([
        ['P1', 'Nguyễn Văn An', '+84912345678', '2021-07-10T01:00:00.000Z', false, false],
        ['P2', 'Trần Thị Bích', '+84987654321', '2021-07-10T01:30:00.000Z', false, true],
        ['P3', 'Đặng Đức Dũng', '+84903111222', '2021-07-10T02:00:00.000Z', true, false],
      ]);
    });

    it('keeps the visits that overlap from..to', async () => {
      const r = await inv.get(`/v1/venues/V1/visits?from=${encodeURIComponent('2021-07-10T09:15:00+07:00')}&to=${encodeURIComponent('2021-07-10T09:20:00+07:00')}`);
      expect(r.body.visits.map((v: { personId: string }) => v.personId)).toEqual(['P2', 'P3']);
    });

    it.each([
      ['an auditor', KEYS.auditor],
      ['an admin', KEYS.admin],
    ])('shows %s who was there by id only', async (_, key) => {
      const r = await town.as(key).get('/v1/venues/V1/visits');
      expect(r.status).toBe(200);
      expect(r.body.visits.map((v: { personId: string }) => v.personId)).toEqual(['P1', 'P2', 'P3']);
      for (const v of r.body.visits) {
        expect(v).not.toHaveProperty('fullName');
        expect(v).not.toHaveProperty('phone');
      }
      const csv = await getCsv(town.app.url, '/v1/venues/V1/visits', key);
      expect(csv.header).not.toContain('fullName');
      expect(csv.header).not.toContain('phone');
      expect(csv.text).not.toContain('Nguyễn');
    });

    it('refuses gateways, and answers 404 for an unknown venue', async () => {
      expect((await town.as(KEYS.gateway).get('/v1/venues/V1/visits')).status).toBe(403);
      expect((await town.as(KEYS.taskForce).get('/v1/venues/V1/visits')).status).toBe(200);
      const missing = await inv.get('/v1/venues/NOPE/visits');
      expect(missing.status).toBe(404);
      expect(missing.body.errors[0].field).toBe('venueId');
    });

    it('pages the people at a venue, each visit once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r = await inv.get(`/v1/venues/V1/visits?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...r.body.visits.map((v: { personId: string }) => v.personId));
        cursor = r.body.next;
      } while (cursor);
      expect(seen).toEqual(['P1', 'P2', 'P3']);
    });

    it('exports a call list as CSV: Vietnamese names intact, local times beside UTC', async () => {
      const csv = await getCsv(town.app.url, '/v1/venues/V1/visits', KEYS.taskForce);
      expect([...csv.bytes.slice(0, 3)]).toEqual(BOM);
      expect(csv.records.map((r) => [r.personId, r.fullName, r.phone, r['start (Asia/Ho_Chi_Minh)'], r['end (Asia/Ho_Chi_Minh)'], r.startEstimated])).toEqual([
        ['P1', 'Nguyễn Văn An', '+84912345678', '2021-07-10 08:00:00', '2021-07-10 09:00:00', 'false'],
        ['P2', 'Trần Thị Bích', '+84987654321', '2021-07-10 08:30:00', '2021-07-10 09:30:00', 'false'],
        ['P3', 'Đặng Đức Dũng', '+84903111222', '2021-07-10 09:00:00', '2021-07-10 10:00:00', 'true'],
      ]);
    });
  });
});
