import { expect } from '@jest/globals';
import { computeExposures, infectiousFrom, InMemoryContactSource, DEFAULT_RULES } from '../../libs/exposure-rules/index.js';
import type { RulesConfig } from '../../libs/exposure-rules/index.js';
import { RandomWorld, shuffled } from './random-world.js';
import { client, KEYS } from './test-app.js';

const iso = (ms: number) => new Date(ms).toISOString();
/** Inputs carry an explicit +07:00 offset, as the health department's systems send them. */
const local = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().replace('Z', '+07:00');

/**
 * Posts a random world to the service: registrations first (they are referenced), then every
 * movement, contact, test and order in shuffled order, check-ins partly one by one, partly batched.
 */
export async function postWorld(url: string, world: RandomWorld, seed: number): Promise<void> {
  const inv = client(url, KEYS.investigator);
  const gw = client(url, KEYS.gateway);
  const tf = client(url, KEYS.taskForce);
  for (const personId of world.persons) expectStatus(await inv.post('/v1/persons', { personId, fullName: `Person ${personId}` }), 201);
  for (const v of world.venues) {
    expectStatus(await inv.post('/v1/venues', { venueId: v.venueId, name: v.venueId, kind: 'workplace', defaultStayMinutes: v.stayMinutes }), 201);
  }
  type Op = () => Promise<void>;
  const ops: Op[] = [];
  const checks = shuffled(world.checks, seed);
  const batched = checks.slice(0, Math.floor(checks.length / 2));
  for (let i = 0; i < batched.length; i += 25) {
    const items = batched.slice(i, i + 25).map((c) => ({ ...c, at: local(c.at) }));
    ops.push(async () => {
      const r = await gw.post('/v1/check-ins/batch', { items });
      expectStatus(r, 207);
      expect(r.body.results.map((x: { status: number }) => x.status)).toEqual(items.map(() => 202));
    });
  }
  for (const c of checks.slice(batched.length)) ops.push(async () => expectStatus(await gw.post('/v1/check-ins', { ...c, at: local(c.at) }), 202));
  for (const c of world.contacts) {
    ops.push(async () => expectStatus(await inv.post('/v1/contacts', { ...c, from: local(c.from), to: local(c.to) }), 201));
  }
  for (const t of world.tests) {
    const body = { ...t, sampledAt: local(t.sampledAt), symptomOnsetAt: t.symptomOnsetAt == null ? undefined : local(t.symptomOnsetAt) };
    ops.push(async () => expectStatus(await inv.post('/v1/test-results', body), 201));
  }
  for (const o of world.orders) {
    const body = { ...o, from: local(o.from), until: o.until == null ? undefined : local(o.until), reason: 'test' };
    ops.push(async () => expectStatus(await tf.post('/v1/isolation-orders', body), 201));
  }
  for (const op of shuffled(ops, seed + 1)) await op();
}

function expectStatus(r: { status: number; body: unknown }, status: number): void {
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
}

/** What the pure rules say the service must answer for a case, in the API's JSON shape. */
export function expectedAnswer(world: RandomWorld, caseId: string, depth: number, cfg: RulesConfig = DEFAULT_RULES) {
  const source = InMemoryContactSource.fromFacts(
    { venues: Object.fromEntries(world.venues.map((v) => [v.venueId, v.stayMinutes])), checks: world.checks, contacts: world.contacts, orders: world.orders },
    cfg,
  );
  const from = infectiousFrom(world.tests.filter((t) => t.personId === caseId), cfg)!;
  return computeExposures(source, { personId: caseId, infectiousFrom: from }, depth, world.now, cfg).map((e) => ({
    personId: e.personId,
    level: e.level,
    exposedAt: iso(e.exposedAt),
    lastExposedAt: iso(e.lastExposedAt),
    // Every case of a world is active at its end: one reached by another case's chain is marked.
    confirmedCase: world.cases.includes(e.personId),
    via: { ...e.via, from: iso(e.via.from), to: iso(e.via.to) },
  }));
}

/** The rows of an exposures answer without what the expected answer does not name (advice, personal data). */
export function exposureFacts(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map(({ personId, level, exposedAt, lastExposedAt, confirmedCase, via }) => ({ personId, level, exposedAt, lastExposedAt, confirmedCase, via }));
}
