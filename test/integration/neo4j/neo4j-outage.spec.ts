import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomWorld } from '../../support/random-world.js';
import { neo4jBackend } from '../../support/graph-backend.js';
import { describeWithServer } from '../../support/infra.js';
import { ownServer } from '../../support/local-infra.js';
import { waitUntil } from '../../support/wait-until.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../../support/test-app.js';
import { expectedAnswer, exposureFacts, postWorld } from '../../support/world-over-http.js';

const own = ownServer('neo4j', 'outage');
const neo4j = own ? neo4jBackend({ url: own.env.NEO4J_URL, user: own.env.NEO4J_USER, password: own.env.NEO4J_PASSWORD }) : null;

/** Stops the real server under a running projection; it must resume from its checkpoint, losing and doubling nothing. */
describeWithServer('a Neo4j outage during projection', own, 'needs deploy/local (NEO4J_URL on loopback): it starts a Neo4j of its own, which it stops and restarts', () => {
  const world = randomWorld(5, { persons: 50, venues: 8, days: 4 });
  let app: RunningApp;

  beforeAll(async () => {
    await own!.start();
    await neo4j!.reset();
    app = await startApp({ now: world.now, env: { ...neo4j!.env, READ_YOUR_WRITES_TIMEOUT_MS: '500' } });
  }, 300_000);
  afterAll(async () => {
    await own!.start();
    await app?.close();
    if (app) removeDir(app.dataDir);
    await own!.stop();
  }, 300_000);

  it('is unready and answers queries 503 while Neo4j is down, takes writes, then catches up to the same graph as a clean rebuild', async () => {
    const inv = client(app.url, KEYS.investigator);
    const half = { ...world, checks: world.checks.slice(0, world.checks.length / 2) };
    await postWorld(app.url, { ...half, tests: [], orders: [], contacts: [] }, 5);

    await own!.stop();
    const gw = client(app.url, KEYS.gateway);
    const rest = world.checks.slice(world.checks.length / 2);
    const r = await gw.post('/v1/check-ins/batch', { items: rest.map((c) => ({ ...c, at: new Date(c.at).toISOString() })) });
    expect(r.status).toBe(207);
    expect(r.body.results.every((x: { status: number }) => x.status === 202)).toBe(true);
    const anon = client(app.url, '');
    expect(await anon.get('/health/live')).toMatchObject({ status: 200, body: { live: true } });
    const ready = await anon.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'down', ready: false, failing: expect.arrayContaining([expect.objectContaining({ name: 'contactGraph' })]) });
    const health = await anon.get('/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'down', live: true, ready: false, adapters: { eventStore: { state: 'up' }, contactGraph: { adapter: 'neo4j', state: 'down' } } });
    for (const path of [`/v1/persons/${world.persons[0]}/status`, `/v1/cases/${world.persons[0]}/exposures`]) {
      const down = await inv.get(path);
      expect({ path, status: down.status, type: down.headers.get('content-type') }).toEqual({ path, status: 503, type: expect.stringMatching(/^application\/problem\+json/) });
    }

    await own!.start();
    const tf = client(app.url, KEYS.taskForce);
    for (const c of world.contacts) await inv.post('/v1/contacts', { ...c, from: new Date(c.from).toISOString(), to: new Date(c.to).toISOString() });
    for (const t of world.tests) await inv.post('/v1/test-results', { ...t, sampledAt: new Date(t.sampledAt).toISOString(), symptomOnsetAt: t.symptomOnsetAt == null ? undefined : new Date(t.symptomOnsetAt).toISOString() });
    for (const o of world.orders) await tf.post('/v1/isolation-orders', { ...o, from: new Date(o.from).toISOString(), until: o.until == null ? undefined : new Date(o.until).toISOString(), reason: 'r' });

    const answers = async () => {
      const out: unknown[] = [];
      for (const caseId of world.cases) {
        const r = await inv.get(`/v1/cases/${caseId}/exposures`);
        if (r.status !== 200) throw new Error(`exposures of ${caseId}: ${r.status} ${JSON.stringify(r.body)}`);
        out.push(r.body);
      }
      return out;
    };
    const admin = client(app.url, KEYS.admin);
    const caughtUp = (after: string) =>
      waitUntil(`the contact graph to reach the head of the log ${after}`, async () => {
        const { head, projections } = (await admin.get('/v1/projections')).body;
        return { done: projections[0].position === head, seen: { head, projection: projections[0] } };
      });
    await caughtUp('after Neo4j came back');
    expect(await client(app.url, '').get('/health/ready')).toMatchObject({ status: 200, body: { ready: true } });
    const resumed = await answers();
    for (const [i, caseId] of world.cases.entries()) {
      expect(exposureFacts((resumed[i] as { exposures: Record<string, unknown>[] }).exposures)).toEqual(expectedAnswer(world, caseId, 3));
    }
    expect((await admin.post('/v1/projections/contact-graph/rebuild', {})).status).toBe(202);
    await caughtUp('after the rebuild');
    expect(await answers()).toEqual(resumed);
  }, 300_000);
});
