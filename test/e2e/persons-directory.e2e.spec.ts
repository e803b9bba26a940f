import { describe, expect, it } from '@jest/globals';
import { BOM, getCsv } from '../support/csv-over-http.js';
import { useDirectoryApp } from '../support/directory-world.js';
import { KEYS } from '../support/test-app.js';

const ids = (r: { body: { persons: { personId: string }[] } }) => r.body.persons.map((p) => p.personId);
const q = (text: string) => `/v1/persons?q=${encodeURIComponent(text)}`;

describe('GET /v1/persons: finding a person', () => {
  const town = useDirectoryApp();
  const inv = town.as(KEYS.investigator);

  it('finds a name with or without accents and in any case, listing by name', async () => {
    for (const text of ['nguyen', 'Nguyễn', 'NGUYỄN', 'nguyễn']) expect(ids(await inv.get(q(text)))).toEqual(['P4', 'P1']);
    expect(ids(await inv.get(q('nguyen van')))).toEqual(['P1']);
    expect(ids(await inv.get(q('an nguyễn')))).toEqual(['P1']); // every word, in any order
    expect(ids(await inv.get(q('Thi')))).toEqual(['P4', 'P2']);
  });

  it('treats đ as d, which Unicode does not decompose', async () => {
    for (const text of ['dang duc dung', 'Đặng Đức', 'đặng', 'DUNG']) expect(ids(await inv.get(q(text)))).toEqual(['P3']);
  });

  it('answers the names as registered, diacritics intact, and phones in one normal form', async () => {
    const r = await inv.get(q('van an'));
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      persons: [
        { personId: 'P1', fullName: 'Nguyễn Văn An', phone: '+84912345678', nationalId: '079080001234', dateOfBirth: null, address: null, unit: 'Phường Mỹ Bình', mergedInto: null },
      ],
      next: null,
    });
  });

  it('finds a phone however it is written', async () => {
    for (const phone of ['0912 345 678', '+84912345678', '84912345678', '0912.345.678']) {
      expect(ids(await inv.get(`/v1/persons?phone=${encodeURIComponent(phone)}`))).toEqual(['P1']);
    }
    expect(ids(await inv.get(`/v1/persons?phone=${encodeURIComponent('0987654321')}`))).toEqual(['P2']);
    expect(ids(await inv.get(`/v1/persons?phone=${encodeURIComponent('0903 111 222')}`))).toEqual(['P3']);
    expect(ids(await inv.get(`/v1/persons?phone=${encodeURIComponent('0911 111 111')}`))).toEqual([]);
  });

  it('finds a national id without regard to spaces', async () => {
    expect(ids(await inv.get(`/v1/persons?nationalId=${encodeURIComponent('0790 8000 1234')}`))).toEqual(['P1']);
    expect(ids(await inv.get(`/v1/persons?nationalId=079080001234&q=bich`))).toEqual([]); // filters combine
  });

  it('refuses a phone that is no phone number, and a query that is no words, naming the field', async () => {
    const bad = await inv.get('/v1/persons?phone=call-me');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual([{ field: 'phone', message: expect.stringMatching(/phone number/) }]);
    expect((await inv.get(q('  '))).body.errors[0].field).toBe('q');
  });

  it('pages through everyone by opaque cursor, each person once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await inv.get(`/v1/persons?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.body.persons.length).toBeLessThanOrEqual(2);
      seen.push(...ids(r));
      cursor = r.body.next;
    } while (cursor);
    expect(seen).toEqual(ids(await inv.get('/v1/persons')));
    expect(seen.sort()).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
  });

  it('refuses a cursor it did not give and a limit out of range', async () => {
    const r = await inv.get('/v1/persons?cursor=not-ours');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].field).toBe('cursor');
    expect((await inv.get('/v1/persons?limit=0')).body.errors[0].field).toBe('limit');
    expect((await inv.get('/v1/persons?limit=1001')).body.errors[0].field).toBe('limit');
  });

  it('shows a person registered a moment ago (read your writes)', async () => {
    expect((await inv.post('/v1/persons', { personId: 'P6', fullName: 'Võ Thị Sáu', phone: '0933 000 111' })).status).toBe(201);
    expect(ids(await inv.get(q('vo thi sau')))).toEqual(['P6']);
  });

  it('lets investigators and the task force search; not gateways, admins or auditors (they see ids only)', async () => {
    expect((await town.as(KEYS.taskForce).get(q('nguyen'))).status).toBe(200);
    for (const key of [KEYS.gateway, KEYS.admin, KEYS.auditor]) expect((await town.as(key).get(q('nguyen'))).status).toBe(403);
    expect((await town.as('no-such-key-000').get(q('nguyen'))).status).toBe(401);
  });

  it('exports the same rows as CSV: UTF-8 with a BOM, names intact after a round trip, formulas defused', async () => {
    const json = await inv.get('/v1/persons');
    const csv = await getCsv(town.app.url, '/v1/persons', KEYS.investigator);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="persons.csv"');
    expect([...csv.bytes.slice(0, 3)]).toEqual(BOM);
    expect(csv.header).toEqual(['personId', 'fullName', 'phone', 'nationalId', 'dateOfBirth', 'address', 'unit']);
    expect(csv.records.map((r) => r.personId)).toEqual(ids(json));
    const p1 = csv.records.find((r) => r.personId === 'P1')!;
    expect(p1).toEqual({ personId: 'P1', fullName: 'Nguyễn Văn An', phone: '+84912345678', nationalId: '079080001234', dateOfBirth: '', address: '', unit: 'Phường Mỹ Bình' });
    expect(csv.records.find((r) => r.personId === 'P3')!.fullName).toBe('Đặng Đức Dũng');
    // A name that a spreadsheet would run as a formula is shown as text.
    expect(csv.records.find((r) => r.personId === 'P5')!.fullName).toBe("'=1+2");
  });

  it('puts the next cursor of a CSV page in X-Next-Cursor', async () => {
    const first = await getCsv(town.app.url, '/v1/persons?limit=2', KEYS.investigator);
    expect(first.records).toHaveLength(2);
    const next = first.headers.get('x-next-cursor');
    expect(next).toBe((await inv.get('/v1/persons?limit=2')).body.next);
    const second = await getCsv(town.app.url, `/v1/persons?limit=2&cursor=${next}`, KEYS.investigator);
    expect(second.records.map((r) => r.personId)).toEqual(ids(await inv.get(`/v1/persons?limit=2&cursor=${next}`)));
  });
});

describe('GET /v1/persons/{personId}: the record', () => {
  const town = useDirectoryApp();

  it('answers the record to those who may see it, 404 for an unknown id', async () => {
    const inv = town.as(KEYS.investigator);
    const r = await inv.get('/v1/persons/P3');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ personId: 'P3', fullName: 'Đặng Đức Dũng', phone: '+84903111222', nationalId: null, dateOfBirth: null, address: null, unit: null, mergedInto: null });
    const missing = await inv.get('/v1/persons/NOPE');
    expect(missing.status).toBe(404);
    expect(missing.body.errors).toEqual([{ field: 'personId', message: 'person NOPE does not exist' }]);
    expect((await town.as(KEYS.taskForce).get('/v1/persons/P3')).status).toBe(200);
    for (const key of [KEYS.gateway, KEYS.admin, KEYS.auditor]) expect((await town.as(key).get('/v1/persons/P3')).status).toBe(403);
  });
});

describe('the directory after a restart', () => {
  const town = useDirectoryApp();

  it('is rebuilt from the log: the same searches give the same answers', async () => {
    const inv = town.as(KEYS.investigator);
    const before = await inv.get('/v1/persons?q=nguyen');
    const venuesBefore = await inv.get('/v1/venues/V1/visits');
    await town.restart();
    expect((await inv.get('/v1/persons?q=nguyen')).body).toEqual(before.body);
    expect(ids(await inv.get('/v1/persons?phone=84912345678'))).toEqual(['P1']);
    expect((await inv.get('/v1/venues/V1/visits')).body).toEqual(venuesBefore.body);
  });
});
