import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';

describe('PATCH /v1/persons/{personId}: correcting a person\'s details', () => {
  let app: RunningApp;
  const inv = () => client(app.url, KEYS.investigator);
  const corrections = async () =>
    (await app.app.get<EventStore>(EVENT_STORE).readStream('person-P1'))
      .filter((e) => e.type === 'PersonDetailsCorrected')
      .map((e) => [e.data, e.metadata.actor]);
  const registration = { personId: 'P1', fullName: 'Nguyễn Văn A', phone: '0912345678', address: 'Long Xuyên' };

  beforeAll(async () => {
    app = await startApp();
    expect((await inv().post('/v1/persons', registration)).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('records only the changed fields, with who changed them, and answers the record as it now stands', async () => {
    const r = await inv().patch('/v1/persons/P1', { fullName: 'Nguyễn Văn Anh', unit: 'phường Mỹ Bình', phone: '0912345678' });
    expect([r.status, r.body]).toEqual([200, { ...registration, phone: '+84912345678', fullName: 'Nguyễn Văn Anh', unit: 'phường Mỹ Bình', nationalId: null, dateOfBirth: null, mergedInto: null }]);
    expect(await corrections()).toEqual([[{ personId: 'P1', fullName: 'Nguyễn Văn Anh', unit: 'phường Mỹ Bình' }, expect.stringContaining('investigator')]]);
  });

  it('shows the correction in every list that names the person: the directory and the case list', async () => {
    const found = await inv().get('/v1/persons?q=nguyen van anh');
    expect(found.body.persons.map((p: { personId: string; fullName: string }) => [p.personId, p.fullName])).toEqual([['P1', 'Nguyễn Văn Anh']]);
    const positive = { personId: 'P1', sampledAt: '2021-07-10T08:00:00+07:00', result: 'positive', method: 'pcr' };
    expect((await inv().post('/v1/test-results', positive)).status).toBeLessThan(300);
    const cases = await inv().get('/v1/cases?status=all');
    expect(cases.body.cases.map((c: { personId: string; fullName: string; unit: string }) => [c.personId, c.fullName, c.unit])).toEqual([
      ['P1', 'Nguyễn Văn Anh', 'phường Mỹ Bình'],
    ]);
  });

  it('answers the same correction again the same way and records nothing', async () => {
    const r = await inv().patch('/v1/persons/P1', { fullName: 'Nguyễn Văn Anh' });
    expect(r.status).toBe(200);
    expect(r.body.fullName).toBe('Nguyễn Văn Anh');
    expect(await corrections()).toHaveLength(1);
  });

  it('clears an optional field with null', async () => {
    const r = await inv().patch('/v1/persons/P1', { address: null });
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
      const r = await inv().patch('/v1/persons/P1', body);
      expect([JSON.stringify(body), r.status, r.headers.get('content-type'), r.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        JSON.stringify(body), status, expect.stringContaining('application/problem+json'), expect.arrayContaining([field]),
      ]);
    }
    expect((await inv().patch('/v1/persons/nobody', { fullName: 'X' })).status).toBe(404);
    expect((await client(app.url, KEYS.gateway).patch('/v1/persons/P1', { fullName: 'X' })).status).toBe(403);
    expect(await corrections()).toHaveLength(2);
  });

  it('still answers the original registration, retried, as the first time', async () => {
    const r = await inv().post('/v1/persons', registration);
    expect([r.status, r.body]).toEqual([201, { personId: 'P1' }]);
  });
});
