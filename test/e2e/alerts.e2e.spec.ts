import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AlertMessage } from '../../libs/messaging/alert-publisher.port.js';
import { randomWorld } from '../support/random-world.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';
import { checkInBody, expectedAlerts, lateCheckIn, postWorldCasesLast, tripleOf } from '../integration/alerts/support/alert-world.js';
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

  beforeAll(async () => {
    app = await startApp({ now: world.now, env: HEARTBEAT });
    await postWorldCasesLast(app.url, world, SEED);
    await settled(app.app);
  });
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  });

  it('raises exactly the (case, person, level) alerts the pure rules give up to ALERT_DEPTH, once each', async () => {
    const expected = expectedAlerts(world);
    expect(expected.length).toBeGreaterThan(5);
    initial = await allAlerts(app.url, 7);
    expect(sorted(initial.map(tripleOf))).toEqual(sorted(expected.map(tripleOf)));
    const byTriple = new Map(initial.map((a) => [tripleOf(a), a]));
    for (const e of expected) {
      const alert = byTriple.get(tripleOf(e))!;
      expect({ exposedAt: alert.exposedAt, via: alert.via }).toEqual({ exposedAt: e.exposedAt, via: e.via });
      expect(alert.recommendation).toMatchObject({ classification: `F${e.level}`, from: e.lastExposedAt, policyVersion: '2021-07-v2' });
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
    const before = new Set(expectedAlerts(world).map(tripleOf));
    const wanted = expectedAlerts(late.after).filter((e) => !before.has(tripleOf(e)));
    expect(sorted(added.map(tripleOf))).toEqual(sorted(wanted.map(tripleOf)));
    expect(added.map(tripleOf)).toContain(tripleOf({ caseId: late.caseId, personId: late.personId, level: 1 }));

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
