import { expect } from '@jest/globals';
import { client, KEYS } from './test-app.js';
import { useTestApp, type TestApp } from './use-test-app.js';

/**
 * A small town for the read side: Vietnamese names with diacritics (and đ), phones in the forms
 * people write them, and a market where one visit is complete, one lacks its check-out and one
 * its check-in.
 */
export const PEOPLE = [
  { personId: 'P1', fullName: 'Nguyễn Văn An', phone: '0912 345 678', nationalId: '079080001234', unit: 'Phường Mỹ Bình' },
  { personId: 'P2', fullName: 'Trần Thị Bích', phone: '+84 98 765 4321' },
  { personId: 'P3', fullName: 'Đặng Đức Dũng', phone: '84903111222' },
  { personId: 'P4', fullName: 'nguyen thi hoa' },
  { personId: 'P5', fullName: '=1+2' },
];

export const VENUES = [
  { venueId: 'V1', name: 'Chợ Long Xuyên', address: 'Số 1 Nguyễn Huệ, Long Xuyên, An Giang', kind: 'market', defaultStayMinutes: 60 },
  { venueId: 'V2', name: 'Công ty <Bình Minh> & Co', kind: 'workplace', defaultStayMinutes: 480 },
];

/** [checkInId, personId, venueId, direction, at, source] */
export const SCANS = [
  ['c1', 'P1', 'V1', 'in', '2021-07-10T08:00:00+07:00', 'qr'],
  ['c2', 'P1', 'V1', 'out', '2021-07-10T09:00:00+07:00', 'qr'],
  ['c3', 'P2', 'V1', 'in', '2021-07-10T08:30:00+07:00', 'qr'], // no check-out: the end is estimated
  ['c4', 'P3', 'V1', 'out', '2021-07-10T10:00:00+07:00', 'gateway'], // no check-in: the start is estimated
  ['c5', 'P1', 'V2', 'in', '2021-07-10T11:00:00+07:00', 'manual'],
] as const;

export const NOW = Date.parse('2021-07-20T01:00:00Z');

export async function postDirectoryWorld(url: string): Promise<void> {
  const inv = client(url, KEYS.investigator);
  const gw = client(url, KEYS.gateway);
  for (const p of PEOPLE) expect((await inv.post('/v1/persons', p)).status).toBe(201);
  for (const v of VENUES) expect((await inv.post('/v1/venues', v)).status).toBe(201);
  for (const [checkInId, personId, venueId, direction, at, source] of SCANS) {
    expect((await gw.post('/v1/check-ins', { checkInId, personId, venueId, direction, at, source })).status).toBe(202);
  }
}

/** A suite's service holding the small town, started in beforeAll, removed in afterAll. */
export const useDirectoryApp = (): TestApp => useTestApp({ now: NOW, setup: (app) => postDirectoryWorld(app.url) });
