import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';
import { ALERT_PUBLISHER } from '../../libs/messaging/alert-publisher.port.js';
import type { InProcessAlertPublisher } from '../../libs/messaging/embedded/in-process-alert-publisher.js';
import { allAlerts, settled } from '../integration/alerts/support/alerts-over-http.js';
import { tripleOf } from '../integration/alerts/support/alert-world.js';
import { graphBackends } from '../support/graph-backends.js';
import { client, KEYS, removeDir, type RunningApp, startApp } from '../support/test-app.js';

/**
 * A read model started on another log than the one it was built from (a data directory whose
 * event log was replaced, a Neo4j database kept from another deployment) must follow the log it
 * is started on: the graph answers that log's cases, the reactor raises that log's missing
 * alerts without raising any twice, and the outbox publishes that log's alerts.
 *
 * Log A is built by the service under test. Log B, longer, is built by a service of its own (on
 * the embedded graph, so it leaves the graph under test alone), in two steps: its first case is
 * alerted in B; its second case is recorded while CASE_ACTIVE_DAYS=1 keeps it inactive, so B holds
 * no alert for it. B's events up to its second case lie before A's last position: a reader that
 * resumed A's checkpoints on B would skip them.
 */
const HOUR = 3_600_000;
const NOW = Date.now();
/** Inputs carry an explicit +07:00 offset, as the health department's systems send them. */
const local = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR + 7 * HOUR).toISOString().replace('Z', '+07:00');
const people = (r: { body: { exposures: { personId: string; level: number }[] } }) => r.body.exposures.map((e) => [e.personId, e.level]);

async function post(url: string, key: string, path: string, body: unknown, status: number) {
  const r = await client(url, key).post(path, body);
  if (r.status !== status) throw new Error(`POST ${path}: expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r;
}

async function register(url: string, ids: string[], venueId: string): Promise<void> {
  for (const personId of ids) await post(url, KEYS.investigator, '/v1/persons', { personId, fullName: `Người ${personId}` }, 201);
  await post(url, KEYS.investigator, '/v1/venues', { venueId, name: venueId, kind: 'market' }, 201);
}

/** Two people at a venue for an hour, together: the second is the first's F1 once the first is a case. */
async function together(url: string, a: string, b: string, venueId: string, hoursAgo: number): Promise<void> {
  for (const [personId, direction, at] of [
    [a, 'in', hoursAgo], [b, 'in', hoursAgo - 0.25], [a, 'out', hoursAgo - 1], [b, 'out', hoursAgo - 1.25],
  ] as const) {
    await post(url, KEYS.gateway, '/v1/check-ins', { personId, venueId, direction, at: local(at) }, 202);
  }
}

async function positive(url: string, personId: string): Promise<bigint> {
  const r = await post(url, KEYS.investigator, '/v1/test-results', { personId, sampledAt: local(3), result: 'positive', method: 'pcr' }, 201);
  return BigInt(r.headers.get('x-log-position')!);
}

const headOf = (app: RunningApp) => app.app.get<EventStore>(EVENT_STORE).headPosition();
/** Generous: on a loaded machine a replay of the log by the graph, the reactor and the outbox takes a while. */
const SETTLE = { timeoutMs: 90_000 };

/** Log B in a data directory of its own; answers where its second case was recorded. */
async function buildLogB(): Promise<{ dir: string; secondCaseAt: bigint; firstAlertsAt: bigint[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'exposure-log-b-'));
  const embedded = { CONTACT_GRAPH: 'embedded' };
  let app = await startApp({ dataDir: dir, env: embedded, now: NOW });
  await register(app.url, ['B1', 'B2', 'B3'], 'VB');
  await together(app.url, 'B1', 'B2', 'VB', 30);
  await post(app.url, KEYS.investigator, '/v1/contacts', { personA: 'B2', personB: 'B3', from: local(20), to: local(19.5), setting: 'household' }, 201);
  await positive(app.url, 'B1');
  await settled(app.app, SETTLE);
  const firstAlerts = await allAlerts(app.url);
  expect(firstAlerts.map(tripleOf)).toEqual(['B1>B2@F1', 'B1>B3@F2']);
  await app.close();

  app = await startApp({ dataDir: dir, env: { ...embedded, CASE_ACTIVE_DAYS: '1' }, now: NOW });
  await register(app.url, ['B5', 'B6'], 'VB2');
  await together(app.url, 'B5', 'B6', 'VB2', 28);
  const secondCaseAt = await positive(app.url, 'B5');
  for (let i = 0; i < 40; i++) await post(app.url, KEYS.investigator, '/v1/persons', { personId: `BX${i}`, fullName: `Người BX${i}` }, 201);
  await settled(app.app, SETTLE);
  expect((await allAlerts(app.url)).map(tripleOf)).toEqual(['B1>B2@F1', 'B1>B3@F2']);
  await app.close();
  return { dir, secondCaseAt, firstAlertsAt: firstAlerts.map((a) => BigInt(a.position)) };
}

/** Replaces the event log of `dataDir` by a copy of the one in `from`; everything else stays. */
function replaceLog(dataDir: string, from: string): void {
  for (const f of readdirSync(dataDir).filter((n) => n.startsWith('events.sqlite'))) rmSync(join(dataDir, f));
  for (const suffix of ['', '-wal', '-shm']) {
    const file = join(from, `events.sqlite${suffix}`);
    if (existsSync(file)) copyFileSync(file, join(dataDir, `events.sqlite${suffix}`));
  }
}

describe.each(graphBackends())('a service started on another log follows that log (CONTACT_GRAPH=$name)', (backend) => {
  const dirs: string[] = [];
  let app: RunningApp | null = null;
  afterAll(async () => {
    await app?.close();
    for (const dir of dirs) removeDir(dir);
  }, 120_000);

  it("answers log B's cases, raises B's missing alerts once, and publishes B's alerts, after running on log A", async () => {
    await backend.reset();
    const dirA = mkdtempSync(join(tmpdir(), 'exposure-log-a-'));
    dirs.push(dirA);
    app = await startApp({ dataDir: dirA, env: backend.env, now: NOW });
    await register(app.url, Array.from({ length: 40 }, (_, i) => `A${i}`), 'VA');
    await together(app.url, 'A0', 'A1', 'VA', 30);
    await positive(app.url, 'A0');
    await settled(app.app, { ...SETTLE, published: true });
    const inv = () => client(app!.url, KEYS.investigator);
    expect(people(await inv().get('/v1/cases/A0/exposures'))).toEqual([['A1', 1]]);
    const headA = (await headOf(app))!;
    await app.close();
    app = null;

    const b = await buildLogB();
    dirs.push(b.dir);
    // The premise: B is longer than A, and what B's readers must not skip lies before A's head.
    expect(b.secondCaseAt < headA && b.firstAlertsAt.every((p) => p < headA)).toBe(true);

    replaceLog(dirA, b.dir);
    app = await startApp({ dataDir: dirA, env: backend.env, now: NOW });
    expect((await headOf(app))! > headA).toBe(true);
    await settled(app.app, { ...SETTLE, published: true });

    const first = await inv().get('/v1/cases/B1/exposures');
    expect(first.status).toBe(200);
    expect(people(first)).toEqual([['B2', 1], ['B3', 2]]);
    expect(people(await inv().get('/v1/cases/B5/exposures'))).toEqual([['B6', 1]]);
    expect((await inv().get('/v1/cases/A0/exposures')).status).toBe(404);
    expect((await inv().get('/v1/persons/B3/status')).body).toMatchObject({ classification: 'F2' });

    const alerts = (await allAlerts(app.url)).map(tripleOf);
    expect(alerts).toEqual(['B1>B2@F1', 'B1>B3@F2', 'B5>B6@F1']);
    const published = app.app.get<InProcessAlertPublisher>(ALERT_PUBLISHER).recent().map(tripleOf);
    expect(published).toEqual(alerts);
  }, 240_000);
});
