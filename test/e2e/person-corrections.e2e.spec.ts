import { describe, expect, it } from '@jest/globals';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { KEYS } from '../support/test-app.js';
import { useTestApp } from '../support/use-test-app.js';

const NOW = Date.parse('2021-07-20T03:00:00Z');
const CORRECTED_AT = NOW + 3_600_000;

describe('PATCH /v1/persons/{personId}: correcting a person\'s details', () => {
  const registration = { personId: 'P1', fullName: 'Nguyễn Văn A', phone: '0912345678', address: 'Long Xuyên' };
  const service = useTestApp({
    now: NOW,
    setup: async () => {
      expect((await inv.post('/v1/persons', registration)).status).toBe(201);
      // P2, registered with a wrong phone number, met P1 (the case of the tests below).
      expect((await inv.post('/v1/persons', { personId: 'P2', fullName: 'Trần Thị B', phone: '0912000000' })).status).toBe(201);
      const contact = { personA: 'P1', personB: 'P2', from: '2021-07-09T18:00:00+07:00', to: '2021-07-09T19:00:00+07:00', setting: 'social' };
      expect((await inv.post('/v1/contacts', contact)).status).toBe(201);
    },
  });
  const inv = service.as(KEYS.investigator);
  const corrections = async () =>
    (await service.app.app.get<EventStore>(EVENT_STORE).readStream('person-P1'))
      .filter((e) => e.type === 'PersonDetailsCorrected')
      .map((e) => [e.data, e.metadata.actor]);
  /** P1's exposures as [person, level, phone]: whom the team calls, at which number. */
  const callList = async (query = '') => {
    const r = await inv.get(`/v1/cases/P1/exposures${query}`);
    expect([r.status, r.headers.get('x-stale')]).toEqual([200, null]);
    return r.body.exposures.map((e: { personId: string; level: number; phone: string }) => [e.personId, e.level, e.phone]);
  };

  it('records only the changed fields, with who changed them, and answers the record as it now stands', async () => {
    const r = await inv.patch('/v1/persons/P1', { fullName: 'Nguyễn Văn Anh', unit: 'phường Mỹ Bình', phone: '0912345678' });
    expect([r.status, r.body]).toEqual([200, { ...registration, phone: '+84912345678', fullName: 'Nguyễn Văn Anh', unit: 'phường Mỹ Bình', nationalId: null, dateOfBirth: null, mergedInto: null }]);
    expect(await corrections()).toEqual([[{ personId: 'P1', fullName: 'Nguyễn Văn Anh', unit: 'phường Mỹ Bình' }, expect.stringContaining('investigator')]]);
  });

  it('shows the correction in every list that names the person: the directory and the case list', async () => {
    const found = await inv.get('/v1/persons?q=nguyen van anh');
    expect(found.body.persons.map((p: { personId: string; fullName: string }) => [p.personId, p.fullName])).toEqual([['P1', 'Nguyễn Văn Anh']]);
    const positive = { personId: 'P1', sampledAt: '2021-07-10T08:00:00+07:00', result: 'positive', method: 'pcr' };
    expect((await inv.post('/v1/test-results', positive)).status).toBeLessThan(300);
    const cases = await inv.get('/v1/cases?status=all');
    expect(cases.body.cases.map((c: { personId: string; fullName: string; unit: string }) => [c.personId, c.fullName, c.unit])).toEqual([
      ['P1', 'Nguyễn Văn Anh', 'phường Mỹ Bình'],
    ]);
  });

  it('answers the same correction again the same way and records nothing', async () => {
    const r = await inv.patch('/v1/persons/P1', { fullName: 'Nguyễn Văn Anh' });
    expect(r.status).toBe(200);
    expect(r.body.fullName).toBe('Nguyễn Văn Anh');
    expect(await corrections()).toHaveLength(1);
  });

  it('clears an optional field with null', async () => {
    const r = await inv.patch('/v1/persons/P1', { address: null });
    expect(r.body.address).toBeNull();
    expect((await corrections())[1][0]).toEqual({ personId: 'P1', address: null });
  });

  it('refuses bad corrections as registration does, naming the field, and writes nothing', async () => {
    const bad: [unknown, number, string][] = [
      [{}, 400, 'body'],
      [{ fullName: null }, 400, 'fullName'],
      [{ fullName: '' }, 400, 'fullName'],
      [{ dateOfBirth: 'yesterday' }, 400, 'dateOfBirth'],
      [{ personId: 'P2' }, 400, 'personId'],
    ];
    for (const [body, status, field] of bad) {
      const r = await inv.patch('/v1/persons/P1', body);
      expect([JSON.stringify(body), r.status, r.headers.get('content-type'), r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        JSON.stringify(body), status, expect.stringContaining('application/problem+json'), expect.arrayContaining([field]),
      ]);
    }
    expect((await inv.patch('/v1/persons/nobody', { fullName: 'X' })).status).toBe(404);
    expect((await service.as(KEYS.gateway).patch('/v1/persons/P1', { fullName: 'X' })).status).toBe(403);
    expect(await corrections()).toHaveLength(2);
  });

  it('still answers the original registration, retried, as the first time', async () => {
    const r = await inv.post('/v1/persons', registration);
    expect([r.status, r.body]).toEqual([201, { personId: 'P1' }]);
  });

  it('answers the exposures asOf before the correction with the same chain, naming people as their record now stands', async () => {
    expect(await callList()).toEqual([['P2', 1, '+84912000000']]);
    service.app.clock.current = CORRECTED_AT;
    expect((await inv.patch('/v1/persons/P2', { phone: '0987 654 321' })).status).toBe(200);
    expect(await callList()).toEqual([['P2', 1, '+84987654321']]);
    // A correction changes no fact of the chain; the number to call is the corrected one, whatever
    // the asOf (as an erased person's details never come back through asOf either).
    expect(await callList(`?asOf=${encodeURIComponent(new Date(CORRECTED_AT - 1_800_000).toISOString())}`)).toEqual([['P2', 1, '+84987654321']]);
  });

  it('gives the corrected record in every list after a restart (the person read model is rebuilt from the log)', async () => {
    await service.restart();
    expect((await inv.get('/v1/persons/P1')).body).toMatchObject({ fullName: 'Nguyễn Văn Anh', unit: 'phường Mỹ Bình', address: null });
    expect((await inv.get('/v1/persons?q=nguyen van anh')).body.persons.map((p: { personId: string }) => p.personId)).toEqual(['P1']);
    expect((await inv.get('/v1/persons?phone=0912000000')).body.persons).toEqual([]);
    expect((await inv.get('/v1/cases?status=all')).body.cases.map((c: { personId: string; fullName: string }) => [c.personId, c.fullName])).toEqual([
      ['P1', 'Nguyễn Văn Anh'],
    ]);
    expect(await callList()).toEqual([['P2', 1, '+84987654321']]);
    expect(await corrections()).toHaveLength(2);
  });
});
