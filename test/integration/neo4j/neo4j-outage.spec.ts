import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomWorld } from '../../support/random-world.js';
import { neo4jBackend } from '../../support/graph-backend.js';
import { describeWithServer, neo4jTarget } from '../../support/infra.js';
import { waitUntil } from '../../support/wait-until.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../../support/test-app.js';
import { expectedAnswer, exposureFacts, postWorld } from '../../support/world-over-http.js';

/**
 * The outage is played on a Neo4j server of this suite's own (deploy/local's NEO4J_INSTANCE), so
 * stopping it never pulls the server from under another suite, and a restart that is slow to
 * recover cannot time out someone else's queries.
 */
const OWN = { NEO4J_INSTANCE: 'neo4j-outage', NEO4J_BOLT_PORT: process.env.NEO4J_OUTAGE_BOLT_PORT ?? '7697' };
/** Asynchronous, so the service under test goes on running (and failing) while its server stops and starts. */
const infra = async (...args: string[]) => {
  try {
    await promisify(execFile)('deploy/local/infra', args, { timeout: 240_000, env: { ...process.env, ...OWN } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`deploy/local/infra ${args.join(' ')} (${OWN.NEO4J_INSTANCE}) failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
};
const shared = neo4jTarget();
const local = shared && /^bolt:\/\/(127\.0\.0\.1|localhost):\d+$/.test(shared.url) ? shared : null;
const neo4j = local ? neo4jBackend({ ...local, url: `bolt://127.0.0.1:${OWN.NEO4J_BOLT_PORT}` }) : null;

/** Stops the real server under a running projection; it must resume from its checkpoint, losing and doubling nothing. */
describeWithServer('a Neo4j outage during projection', local, 'needs deploy/local (NEO4J_URL on loopback): it starts a Neo4j of its own, which it stops and restarts', () => {
  const world = randomWorld(5, { persons: 50, venues: 8, days: 4 });
  let app: RunningApp;

  beforeAll(async () => {
    await infra('start', 'neo4j');
    await neo4j!.reset();
    app = await startApp({ now: world.now, env: { ...neo4j!.env, READ_YOUR_WRITES_TIMEOUT_MS: '500' } });
  }, 300_000);
  afterAll(async () => {
    await infra('start', 'neo4j');
    await app?.close();
    if (app) removeDir(app.dataDir);
    await infra('stop', 'neo4j');
  }, 300_000);

  it('answers 503 while Neo4j is down, then catches up to the same graph as a clean rebuild', async () => {
    const inv = client(app.url, KEYS.investigator);
    const half = { ...world, checks: world.checks.slice(0, world.checks.length / 2) };
    await postWorld(app.url, { ...half, tests: [], orders: [], contacts: [] }, 5);

    await infra('stop', 'neo4j');
    const gw = client(app.url, KEYS.gateway);
    const rest = world.checks.slice(world.checks.length / 2);
    const r = await gw.post('/v1/check-ins/batch', { items: rest.map((c) => ({ ...c, at: new Date(c.at).toISOString() })) });
    expect(r.status).toBe(207);
    expect((await client(app.url, '').get('/health')).status).toBe(503);
    const down = await inv.get(`/v1/persons/${world.persons[0]}/status`);
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toMatch(/problem\+json/);

    await infra('start', 'neo4j');
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
    expect((await client(app.url, '').get('/health')).body).toMatchObject({ ready: true });
    const resumed = await answers();
    for (const [i, caseId] of world.cases.entries()) {
      expect(exposureFacts((resumed[i] as { exposures: Record<string, unknown>[] }).exposures)).toEqual(expectedAnswer(world, caseId, 3));
    }
    expect((await admin.post('/v1/projections/contact-graph/rebuild', {})).status).toBe(202);
    await caughtUp('after the rebuild');
    expect(await answers()).toEqual(resumed);
  }, 300_000);
});
