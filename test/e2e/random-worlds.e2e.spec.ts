import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { keptIdOf, mergedWorld, randomMerges, randomWorld } from '../support/random-world.js';
import { client, KEYS, removeDir, RunningApp, startApp } from '../support/test-app.js';
import { graphBackends } from '../support/graph-backends.js';
import { expectedAnswer, exposureFacts, postWorld } from '../support/world-over-http.js';
import { waitUntil } from '../support/wait-until.js';

/** An answer that the service says is complete: a stale one would compare partial graphs. */
async function freshBody(inv: ReturnType<typeof client>, path: string): Promise<unknown> {
  const r = await inv.get(path);
  if (r.status !== 200 || r.headers.get('x-stale') !== null) {
    throw new Error(`GET ${path}: ${r.status}${r.headers.get('x-stale') ? ' (X-Stale)' : ''} ${JSON.stringify(r.body).slice(0, 300)}`);
  }
  return r.body;
}

const BACKENDS = graphBackends();
const SEEDS = [11, 23, 42];
/** Posting a world over HTTP into a real Neo4j takes tens of seconds on a busy 2-core machine. */
const WORLD_MS = 180_000;
const RUNS = BACKENDS.flatMap((backend) => SEEDS.map((seed) => [backend.name, seed, backend] as const));

describe.each(RUNS)('%s contact graph: random world %i posted in shuffled order over HTTP', (_, seed, backend) => {
  const world = randomWorld(seed, { persons: 40, venues: 8, days: 5 });
  let app: RunningApp;

  beforeAll(async () => {
    await backend.reset();
    app = await startApp({ now: world.now, env: backend.env });
    await postWorld(app.url, world, seed);
  }, WORLD_MS);
  afterAll(async () => {
    await app.close();
    removeDir(app.dataDir);
  }, WORLD_MS);

  const answers = async (url: string) => {
    const inv = client(url, KEYS.investigator);
    const out: Record<string, unknown> = {};
    for (const caseId of world.cases) for (const depth of [1, 2, 3]) out[`${caseId}@${depth}`] = await freshBody(inv, `/v1/cases/${caseId}/exposures?depth=${depth}`);
    return out;
  };

  it('answers every case at depth 1 to 3 exactly as the pure rules do', async () => {
    expect(world.cases.length).toBeGreaterThan(0);
    const inv = client(app.url, KEYS.investigator);
    for (const caseId of world.cases) {
      for (const depth of [1, 2, 3]) {
        const r = await inv.get(`/v1/cases/${caseId}/exposures?depth=${depth}`);
        expect(r.status).toBe(200);
        expect(r.headers.get('x-stale')).toBeNull();
        expect(exposureFacts(r.body.exposures)).toEqual(expectedAnswer(world, caseId, depth));
      }
    }
  });

  it('pages every case over HTTP: the pages at any limit, for every level or one, are the unpaged answer', async () => {
    const inv = client(app.url, KEYS.investigator);
    for (const caseId of world.cases) {
      const whole = (await inv.get(`/v1/cases/${caseId}/exposures?depth=3`)).body;
      for (const [limit, level] of [[1, null], [4, null], [3, 2]] as const) {
        const rows: unknown[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const r = await inv.get(`/v1/cases/${caseId}/exposures?depth=3&limit=${limit}${level ? `&level=${level}` : ''}${cursor ? `&cursor=${cursor}` : ''}`);
          expect(r.body.summary).toEqual(whole.summary);
          rows.push(...r.body.exposures);
          cursor = r.body.next;
        } while (cursor !== null && ++pages <= whole.exposures.length);
        expect(rows).toEqual(whole.exposures.filter((e: { level: number }) => level === null || e.level === level));
      }
    }
  }, WORLD_MS);

  it('gives the same answers after a restart on the same data directory', async () => {
    const before = await answers(app.url);
    await app.close();
    app = await startApp({ dataDir: app.dataDir, now: world.now, env: backend.env });
    expect(await answers(app.url)).toEqual(before);
  }, WORLD_MS);

  it('classifies each exposed person at their lowest level over all cases', async () => {
    const inv = client(app.url, KEYS.investigator);
    const lowest = new Map<string, number>();
    for (const caseId of world.cases) lowest.set(caseId, 0);
    for (const caseId of world.cases) {
      for (const e of expectedAnswer(world, caseId, 3)) if (!lowest.has(e.personId) || lowest.get(e.personId)! > e.level) lowest.set(e.personId, e.level);
    }
    for (const personId of world.persons.slice(0, 15)) {
      const r = await inv.get(`/v1/persons/${personId}/status`);
      expect(r.status).toBe(200);
      const level = lowest.get(personId);
      expect(r.body.classification).toBe(level === undefined ? 'none' : level === 0 ? 'F0' : `F${level}`);
      if (level !== undefined && level > 0) expect(r.body.recommendation.classification).toBe(`F${level}`);
    }
  }, WORLD_MS);
});

describe.each(BACKENDS.map((b) => [b.name, b] as const))('an admin rebuild of the %s contact graph', (_, backend) => {
  it('gives the same answers as the live projection', async () => {
    const world = randomWorld(7, { persons: 30, venues: 6, days: 4 });
    await backend.reset();
    const app = await startApp({ now: world.now, env: backend.env });
    try {
      await postWorld(app.url, world, 7);
      const inv = client(app.url, KEYS.investigator);
      const admin = client(app.url, KEYS.admin);
      const live = await Promise.all(world.cases.map((c) => freshBody(inv, `/v1/cases/${c}/exposures`)));
      expect((await inv.post('/v1/projections/contact-graph/rebuild', {})).status).toBe(403);
      expect((await admin.post('/v1/projections/contact-graph/rebuild', {})).status).toBe(202);
      // Until the replay reaches the head, answers come from a partial graph marked X-Stale.
      await waitUntil('the rebuilt contact graph to reach the head of the log', async () => {
        const { head, projections } = (await admin.get('/v1/projections')).body;
        return { done: projections[0].position === head, seen: { head, projection: projections[0] } };
      });
      const rebuilt = await Promise.all(world.cases.map((c) => freshBody(inv, `/v1/cases/${c}/exposures`)));
      expect(rebuilt).toEqual(live);
    } finally {
      await app.close();
      removeDir(app.dataDir);
    }
  }, WORLD_MS);
});

describe.each(BACKENDS.map((b) => [b.name, b] as const))('%s contact graph: a random world with random merges over HTTP', (_, backend) => {
  it('answers every case like the pure rules over the merged facts, live and after a rebuild', async () => {
    const world = randomWorld(19, { persons: 30, venues: 6, days: 4 });
    const merges = randomMerges(world, 1019, 6);
    const merged = mergedWorld(world, merges);
    // The merges matter: before them, some chain listed a merged id (or a merged id was a case).
    const mergedIds = new Set(merges.map((m) => m.mergedId));
    expect(world.cases.some((c) => mergedIds.has(c) || expectedAnswer(world, c, 3).some((e) => mergedIds.has(e.personId)))).toBe(true);
    await backend.reset();
    const app = await startApp({ now: world.now, env: backend.env });
    try {
      await postWorld(app.url, world, 19);
      const inv = client(app.url, KEYS.investigator);
      // Posted in order; a kept id merged before is named by the id it went into (a merge into it would be 409).
      for (const [i, m] of merges.entries()) {
        const keptId = keptIdOf(merges.slice(0, i))(m.keptId);
        const r = await inv.post(`/v1/persons/${keptId}/merge`, { mergedId: m.mergedId });
        expect([r.status, r.body]).toEqual([200, { keptId, mergedId: m.mergedId, reason: null }]);
      }
      const answers = async () => {
        const out: Record<string, unknown> = {};
        for (const caseId of merged.cases) for (const depth of [1, 2, 3]) out[`${caseId}@${depth}`] = exposureFacts(((await freshBody(inv, `/v1/cases/${caseId}/exposures?depth=${depth}`)) as { exposures: Record<string, unknown>[] }).exposures);
        return out;
      };
      const expected: Record<string, unknown> = {};
      for (const caseId of merged.cases) for (const depth of [1, 2, 3]) expected[`${caseId}@${depth}`] = expectedAnswer(merged, caseId, depth);
      expect(Object.values(expected).flat().length).toBeGreaterThan(0);
      expect(await answers()).toEqual(expected);
      for (const m of merges) {
        const status = (await freshBody(inv, `/v1/persons/${m.mergedId}/status`)) as { mergedInto: string };
        expect(status.mergedInto).toBe(keptIdOf(merges)(m.mergedId));
      }

      const admin = client(app.url, KEYS.admin);
      expect((await admin.post('/v1/projections/contact-graph/rebuild', {})).status).toBe(202);
      await waitUntil('the rebuilt contact graph to reach the head of the log', async () => {
        const { head, projections } = (await admin.get('/v1/projections')).body;
        return { done: projections[0].position === head, seen: { head, projection: projections[0] } };
      });
      expect(await answers()).toEqual(expected);
    } finally {
      await app.close();
      removeDir(app.dataDir);
    }
  }, WORLD_MS);
});
