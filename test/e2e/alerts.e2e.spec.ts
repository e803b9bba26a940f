import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import type { AlertMessage } from '../../libs/messaging/alert-publisher.port.js';
import { caseAlertStream, EXPOSURE_ALERT_RAISED } from '../../src/alerts/domain/alert-events.js';
import { randomWorld } from '../support/random-world.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';
import { alertOf, alertOver, alertsBetween, checkInBody, expectedClassifications, lateCheckIn, postWorldCasesLast } from '../integration/alerts/support/alert-world.js';
import { allAlerts, settled } from '../integration/alerts/support/alerts-over-http.js';
import { openSse } from '../integration/alerts/support/sse-client.js';

const SEED = 42;
const world = randomWorld(SEED, { persons: 40, venues: 8, days: 5 });
const late = lateCheckIn(world);
const sorted = (xs: string[]) => [...xs].sort();
/** A short heartbeat, so that a test sees one without waiting the default 15 s. */
const HEARTBEAT = { ALERTS_HEARTBEAT_MS: '200' };

describe('exposure alerts over HTTP (embedded publisher)', () => {
  let app: RunningApp;
  let initial: AlertMessage[] = [];

  // Generous: a positive result that brings people closer searches every active case's chains
  // for them, which takes a while on Neo4j on a loaded machine.
  beforeAll(async () => {
    app = await startApp({ now: world.now, env: HEARTBEAT });
    await postWorldCasesLast(app.url, world, SEED);
    await settled(app.app, { timeoutMs: 120_000 });
  }, 180_000);
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('alerts each exposed person at their classification up to ALERT_DEPTH, each alert closer than the one before', async () => {
    const final = expectedClassifications(world);
    expect(final.size).toBeGreaterThan(5);
    initial = await allAlerts(app.url, 7);
    const byPerson = new Map<string, AlertMessage[]>();
    for (const a of initial) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
    // The cases were confirmed one by one: what a person was alerted at on the way depends on when
    // the reactor ran, but their last alert is at their classification once every case is known.
    for (const [personId, classification] of final) {
      const levels = (byPerson.get(personId) ?? []).map((a) => a.level);
      expect({ personId, levels }).toEqual({ personId, levels: [...new Set(levels)].sort((a, b) => b - a) });
      expect({ personId, last: levels[levels.length - 1] }).toEqual({ personId, last: classification.level });
    }
    // Nobody else: a person alerted and not exposed now can only be a case confirmed after the alert.
    for (const personId of byPerson.keys()) expect(final.has(personId) || world.cases.includes(personId)).toBe(true);
    for (const alert of initial) {
      // Each alert says what the cases it names said of the person then (their chains do not change as cases are added).
      const over = alertOver(world, alert.personId, alert.caseIds)!;
      expect(alert).toMatchObject({ ...over, caseId: over.caseIds[0], schemaVersion: 2 });
      expect(alert.recommendation).toMatchObject({ classification: `F${alert.level}`, from: alert.lastExposedAt, policyVersion: '2021-07-v2' });
    }
    const positions = initial.map((a) => BigInt(a.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('pages by cursor and keeps the cursor after the last page', async () => {
    const tf = client(app.url, KEYS.taskForce);
    const firstPage = await tf.get('/v1/alerts?limit=3');
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.alerts).toEqual(initial.slice(0, 3));
    expect(firstPage.body.next).toBe(initial[2].position);
    const end = await tf.get(`/v1/alerts?since=${initial[initial.length - 1].position}`);
    expect(end.body).toEqual({ alerts: [], next: initial[initial.length - 1].position });
  });

  it('alerts a late check-in that creates a new F1, live on the event stream', async () => {
    const lastSeen = initial[initial.length - 1].position;
    const stream = await openSse(`${app.url}/v1/alerts/stream`, KEYS.taskForce, lastSeen);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    // Without Last-Event-ID or a request for history, a stream starts at the live end.
    const live = await openSse(`${app.url}/v1/alerts/stream`, KEYS.taskForce);
    expect(live.status).toBe(200);
    // Both scans in one request: one append, so that no half-visit is ever alerted on.
    const r = await client(app.url, KEYS.gateway).post('/v1/check-ins/batch', { items: late.checks.map(checkInBody) });
    expect(r.body.results.map((x: { status: number }) => x.status)).toEqual([202, 202]);
    await settled(app.app);

    const added = await allAlerts(app.url, 100, lastSeen);
    // All facts known together: each person the scans bring closer, once, naming every case at that level.
    const wanted = alertsBetween(world, late.after);
    expect(sorted(added.map(alertOf))).toEqual(sorted(wanted.map(alertOf)));
    expect(added.map((a) => [a.personId, a.level])).toContainEqual([late.personId, 1]);

    for (const alert of added) {
      const event = await stream.next();
      // The stream sends the alert as raised; the list adds its follow-up (none yet).
      const { acknowledgement, ...raised } = alert as AlertMessage & { acknowledgement: unknown };
      expect(acknowledgement).toBeNull();
      expect(event).toEqual({ id: alert.position, event: 'exposure-alert', data: JSON.stringify(raised) });
      // The live stream skipped the earlier alerts: its first event is the first new one.
      expect(await live.next()).toEqual(event);
    }
    stream.close();
    live.close();
  });

  it('replays history only when asked: ?from=start from the first alert, ?since=<cursor> after it', async () => {
    const all = await allAlerts(app.url);
    const fromStart = await openSse(`${app.url}/v1/alerts/stream?from=start`, KEYS.taskForce);
    expect((await fromStart.next()).id).toBe(all[0].position);
    expect((await fromStart.next()).id).toBe(all[1].position);
    fromStart.close();
    const since = await openSse(`${app.url}/v1/alerts/stream?since=${all[all.length - 2].position}`, KEYS.taskForce);
    expect((await since.next()).id).toBe(all[all.length - 1].position);
    since.close();
  });

  it('documents where a stream starts in OpenAPI', async () => {
    const stream = (await client(app.url, '').get('/docs-json')).body.paths['/v1/alerts/stream'].get;
    expect(stream.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['Last-Event-ID', 'from', 'since']);
    expect(stream.description).toMatch(/live end/);
  });

  it('sends a heartbeat comment every ALERTS_HEARTBEAT_MS, so that proxies keep the stream open', async () => {
    const stream = await openSse(`${app.url}/v1/alerts/stream`, KEYS.taskForce);
    expect(await stream.nextComment(5_000)).toBe('heartbeat');
    expect(await stream.nextComment(5_000)).toBe('heartbeat');
    stream.close();
  });

  it('resumes the event stream after Last-Event-ID', async () => {
    const all = await allAlerts(app.url);
    const stream = await openSse(`${app.url}/v1/alerts/stream`, KEYS.taskForce, all[all.length - 3].position);
    expect((await stream.next()).id).toBe(all[all.length - 2].position);
    expect((await stream.next()).id).toBe(all[all.length - 1].position);
    stream.close();
  });

  it('raises nothing twice across a restart and a replay of the whole log', async () => {
    const before = await allAlerts(app.url);
    await app.close();
    app = await startApp({ dataDir: app.dataDir, now: world.now, env: HEARTBEAT });
    await settled(app.app);
    expect(await allAlerts(app.url)).toEqual(before);

    await app.close();
    // Without its checkpoint the reactor replays every event, recomputing every case on the way.
    for (const f of readdirSync(app.dataDir).filter((n) => n.startsWith('checkpoints.sqlite'))) rmSync(join(app.dataDir, f));
    app = await startApp({ dataDir: app.dataDir, now: world.now, env: HEARTBEAT });
    await settled(app.app);
    expect(await allAlerts(app.url)).toEqual(before);
  });

  it('is listed for investigators and the task force, streamed for the task force only', async () => {
    expect((await client(app.url, KEYS.investigator).get('/v1/alerts')).status).toBe(200);
    expect((await client(app.url, KEYS.investigator).get('/v1/alerts/stream')).status).toBe(403);
    for (const key of [KEYS.gateway, KEYS.admin]) {
      expect((await client(app.url, key).get('/v1/alerts')).status).toBe(403);
      expect((await client(app.url, key).get('/v1/alerts/stream')).status).toBe(403);
    }
    expect((await client(app.url, 'no-such-key-000').get('/v1/alerts')).status).toBe(401);
  });

  it.each([
    ['since=abc', 'since'],
    ['since=-1', 'since'],
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=ten', 'limit'],
    ['since=1&limit=2.5', 'limit'],
  ])('answers ?%s with a 400 naming %s', async (query, field) => {
    const r = await client(app.url, KEYS.taskForce).get(`/v1/alerts?${query}`);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect([...new Set(r.body.errors.map((e: { field: string }) => e.field))]).toEqual([field]);
  });

  it.each([
    ['from=yesterday', 'from'],
    ['from=start&since=1', 'from'],
    ['since=abc', 'since'],
  ])('answers the stream ?%s with a 400 naming %s', async (query, field) => {
    const r = await client(app.url, KEYS.taskForce).get(`/v1/alerts/stream?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ field, message: expect.any(String) }]);
  });

  it('answers a Last-Event-ID that is no cursor with a 400 naming it', async () => {
    const r = await client(app.url, KEYS.taskForce).get('/v1/alerts/stream', { 'last-event-id': 'yesterday' });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([{ field: 'Last-Event-ID', message: expect.any(String) }]);
  });
});

describe('alerts about people: one per person and level, closer only, never to a case', () => {
  const NOW = Date.parse('2021-07-12T03:00:00Z');
  const at = (time: string) => `2021-07-10T${time}:00+07:00`;
  let app: RunningApp;
  let oldAlert: { alertId: string; eventId: string };
  const inv = () => client(app.url, KEYS.investigator);
  const brief = (alerts: AlertMessage[]) => alerts.map((a) => alertOf(a));

  async function expectStatus(r: Promise<{ status: number; body: unknown }>, status: number): Promise<void> {
    const answer = await r;
    if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  /** The visits in one request: one append, so that the reactor sees them all at once. */
  async function visits(...stays: [personId: string, venueId: string, from: string, to: string][]): Promise<void> {
    const items = stays.flatMap(([personId, venueId, from, to]) => [
      { personId, venueId, direction: 'in', at: at(from) },
      { personId, venueId, direction: 'out', at: at(to) },
    ]);
    const r = await client(app.url, KEYS.gateway).post('/v1/check-ins/batch', { items });
    expect(r.body.results.map((x: { status: number }) => x.status)).toEqual(items.map(() => 202));
  }
  async function positive(...personIds: string[]): Promise<void> {
    for (const personId of personIds) {
      await expectStatus(inv().post('/v1/test-results', { personId, sampledAt: '2021-07-11T08:00:00+07:00', result: 'positive', method: 'pcr' }), 201);
    }
  }
  /** The alerts raised by a step, once the reactor has handled it. */
  async function alertsAfter(step: () => Promise<void>): Promise<AlertMessage[]> {
    const before = await allAlerts(app.url);
    await step();
    await settled(app.app);
    return allAlerts(app.url, 100, before.length > 0 ? before[before.length - 1].position : null);
  }

  beforeAll(async () => {
    app = await startApp({ now: NOW });
    for (const personId of ['A', 'B', 'C', 'D', 'E', 'F', 'J', 'K', 'M', 'W', 'X', 'Y', 'Z']) {
      await expectStatus(inv().post('/v1/persons', { personId, fullName: `Người ${personId}` }), 201);
    }
    for (const venueId of ['V1', 'V2', 'V3', 'V4', 'V5', 'V6']) await expectStatus(inv().post('/v1/venues', { venueId, name: venueId, kind: 'market' }), 201);
    await visits(['A', 'V1', '08:00', '09:00'], ['M', 'V1', '08:00', '09:00'], ['B', 'V2', '10:00', '11:00'], ['X', 'V2', '10:00', '11:00']);
    await visits(['C', 'V3', '08:00', '09:00'], ['D', 'V4', '10:00', '11:00']);
    await visits(['E', 'V5', '08:00', '09:00'], ['Z', 'V5', '08:00', '09:00'], ['W', 'V5', '08:00', '09:00'], ['F', 'V6', '06:00', '07:00'], ['Z', 'V6', '06:00', '07:00']);
    await expectStatus(inv().post('/v1/contacts', { personA: 'M', personB: 'X', from: at('18:00'), to: at('18:30'), setting: 'household' }), 201);
    // An alert of an earlier log (schemaVersion 1, one per case, person and level): W was alerted at F1 of case OLD.
    oldAlert = { alertId: randomUUID(), eventId: randomUUID() };
    const v1 = {
      alertId: oldAlert.alertId,
      caseId: 'OLD',
      personId: 'W',
      level: 1,
      exposedAt: '2021-07-09T01:00:00.000Z',
      via: { fromPersonId: 'OLD', kind: 'co-presence', venueId: 'V5', contactId: null, from: '2021-07-09T01:00:00.000Z', to: '2021-07-09T02:00:00.000Z' },
      recommendation: null,
    };
    const metadata = { eventId: oldAlert.eventId, correlationId: 'earlier-log', causationId: 'earlier-log', actor: 'system:exposure-alerts', recordedAt: '2021-07-11T00:00:00.000Z' };
    await app.app.get<EventStore>(EVENT_STORE).append(caseAlertStream('OLD'), [{ type: EXPOSURE_ALERT_RAISED, schemaVersion: 1, data: v1, metadata }], 'no-stream');
    await settled(app.app);
  });
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('lists an alert of an earlier log in the new shape: its case as caseIds, its last exposure unknown', async () => {
    const listed = await allAlerts(app.url);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ schemaVersion: 2, alertId: oldAlert.alertId, eventId: oldAlert.eventId, caseId: 'OLD', caseIds: ['OLD'], personId: 'W', level: 1, lastExposedAt: null });
  });

  it('alerts the people a first case exposes, each at their level', async () => {
    expect(sorted(brief(await alertsAfter(() => positive('A'))))).toEqual(['M@F1<A', 'X@F2<A']);
  });

  it('alerts a person again when another case brings them closer (F2 of A, then F1 of B), and nobody it does not', async () => {
    // M is F2 of B too (through X's household), but F1 of A already.
    expect(brief(await alertsAfter(() => positive('B')))).toEqual(['X@F1<B']);
    const x = (await client(app.url, KEYS.investigator).get('/v1/alerts?personId=X')).body.alerts;
    expect(x.map((a: AlertMessage) => [a.level, a.caseIds])).toEqual([[2, ['A']], [1, ['B']]]);
    expect(x[1].recommendation).toMatchObject({ classification: 'F1', from: x[1].lastExposedAt });
  });

  it('alerts a person exposed by two cases at once once, naming both; a case their chains reach gets none', async () => {
    expect(await alertsAfter(() => positive('C', 'D'))).toEqual([]);
    // Y at V3 with C, then at V4 with D: F1 of both; D is F2 of C through Y, and a case.
    const raised = await alertsAfter(() => visits(['Y', 'V3', '08:15', '09:00'], ['Y', 'V4', '10:15', '11:00']));
    expect(brief(raised)).toEqual(['Y@F1<C,D']);
    expect(raised[0]).toMatchObject({ caseId: 'C', exposedAt: '2021-07-10T01:15:00.000Z', lastExposedAt: '2021-07-10T04:00:00.000Z', via: { fromPersonId: 'C', venueId: 'V3' } });
    expect(raised[0].recommendation).toMatchObject({ from: '2021-07-10T04:00:00.000Z', until: '2021-07-24T04:00:00.000Z' });
    const byCase = (await inv().get('/v1/alerts?caseId=D')).body.alerts;
    expect(byCase.map((a: AlertMessage) => a.personId)).toEqual(['Y']);
  });

  it('alerts nobody an earlier alert already covers, nor a person exposed at the same level by a later case', async () => {
    // W has the earlier log's F1 alert. Z met F before E: F1 of F as well once F is a case (and W and E are F's F2).
    expect(brief(await alertsAfter(() => positive('E')))).toEqual(['Z@F1<E']);
    expect(await alertsAfter(() => positive('F'))).toEqual([]);
    expect((await inv().get('/v1/alerts?personId=W')).body.alerts.map((a: AlertMessage) => a.alertId)).toEqual([oldAlert.alertId]);
  });

  it('alerts no confirmed case when two cases turn out to have met', async () => {
    await positive('J', 'K');
    await settled(app.app);
    expect(await alertsAfter(() => expectStatus(inv().post('/v1/contacts', { personA: 'J', personB: 'K', from: at('19:00'), to: at('19:30'), setting: 'social' }), 201))).toEqual([]);
  });

  it('raises nothing new after a restart on the same data, nor after a replay of the whole log', async () => {
    const before = await allAlerts(app.url);
    expect(brief(before).sort()).toEqual(['M@F1<A', 'W@F1<OLD', 'X@F1<B', 'X@F2<A', 'Y@F1<C,D', 'Z@F1<E']);
    await app.close();
    app = await startApp({ dataDir: app.dataDir, now: NOW });
    await settled(app.app);
    expect(await allAlerts(app.url)).toEqual(before);
    await app.close();
    for (const f of readdirSync(app.dataDir).filter((n) => n.startsWith('checkpoints.sqlite'))) rmSync(join(app.dataDir, f));
    app = await startApp({ dataDir: app.dataDir, now: NOW });
    await settled(app.app);
    expect(await allAlerts(app.url)).toEqual(before);
  });
});
