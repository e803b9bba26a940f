import type { CheckEvent } from '../../../../libs/exposure-rules/index.js';
import { DEFAULT_RULES, InMemoryContactSource, infectiousFrom, windowEnd } from '../../../../libs/exposure-rules/index.js';
import type { RandomWorld } from '../../../support/random-world.js';
import { expectedAnswer, postWorld } from '../../../support/world-over-http.js';
import { client, KEYS } from '../../../support/test-app.js';

/** ALERT_DEPTH's default. */
export const ALERT_DEPTH = 2;

export interface Triple {
  caseId: string;
  personId: string;
  level: number;
}

export const tripleOf = (a: Triple): string => `${a.caseId}>${a.personId}@F${a.level}`;

/** The alerts the pure rules call for: every exposure of every case, up to ALERT_DEPTH, as the API shows it. */
export function expectedAlerts(world: RandomWorld) {
  return world.cases.flatMap((caseId) => expectedAnswer(world, caseId, ALERT_DEPTH).map((e) => ({ caseId, ...e })));
}

/**
 * Posts the world with its positive results last. An alert, once raised, stays raised: confirming
 * the cases after every other fact is known makes each alert one the final world calls for.
 */
export async function postWorldCasesLast(url: string, world: RandomWorld, seed: number): Promise<void> {
  await postWorld(url, { ...world, tests: world.tests.filter((t) => t.result !== 'positive') }, seed);
  await postPositives(url, world);
}

export async function postPositives(url: string, world: RandomWorld): Promise<void> {
  const inv = client(url, KEYS.investigator);
  for (const t of world.tests.filter((x) => x.result === 'positive')) {
    const body = { ...t, sampledAt: iso(t.sampledAt), symptomOnsetAt: t.symptomOnsetAt == null ? undefined : iso(t.symptomOnsetAt) };
    const r = await inv.post('/v1/test-results', body);
    if (r.status !== 201) throw new Error(`test result ${t.testId}: ${r.status} ${JSON.stringify(r.body)}`);
  }
}

export interface LateCheckIn {
  caseId: string;
  personId: string;
  checks: CheckEvent[];
  /** The world with the late scans. */
  after: RandomWorld;
}

const MIN = 60_000;

/**
 * A scan pair that makes someone a new F1 of a case: a person who was not an F1, at a venue during
 * one of the case's infectious visits. Chosen by asking the pure rules, so whatever else that
 * person did that day, the rules agree the pair creates the F1.
 */
export function lateCheckIn(world: RandomWorld): LateCheckIn {
  const cfg = DEFAULT_RULES;
  const source = InMemoryContactSource.fromFacts(
    { venues: Object.fromEntries(world.venues.map((v) => [v.venueId, v.stayMinutes])), checks: world.checks, contacts: world.contacts, orders: world.orders },
    cfg,
  );
  for (const caseId of world.cases) {
    const from = infectiousFrom(world.tests.filter((t) => t.personId === caseId), cfg)!;
    const until = windowEnd(source.ordersOf(caseId), from, world.now, 'other');
    const f1 = new Set(expectedAnswer(world, caseId, 1).map((e) => e.personId));
    for (const visit of source.visitsOf(caseId)) {
      const start = Math.max(visit.start, from);
      const end = Math.min(visit.end, until);
      if (end - start < 2 * cfg.minOverlapMinutes * MIN) continue;
      for (const personId of world.persons.filter((p) => p !== caseId && !f1.has(p) && !world.cases.includes(p))) {
        const checks: CheckEvent[] = [
          { checkInId: `late-${personId}-in`, personId, venueId: visit.venueId, direction: 'in', at: start },
          { checkInId: `late-${personId}-out`, personId, venueId: visit.venueId, direction: 'out', at: end },
        ];
        const after = { ...world, checks: [...world.checks, ...checks] };
        if (expectedAnswer(after, caseId, 1).some((e) => e.personId === personId)) return { caseId, personId, checks, after };
      }
    }
  }
  throw new Error('this world has no visit of a case that a late scan can join');
}

/** Inputs carry an explicit +07:00 offset, as the health department's systems send them. */
export function iso(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
}

export function checkInBody(c: CheckEvent) {
  return { checkInId: c.checkInId, personId: c.personId, venueId: c.venueId, direction: c.direction, at: iso(c.at) };
}

/**
 * A new case in the world: the person, not yet a case, whose positive result now would raise the
 * most alerts; sampled at the world's `now` less a day.
 */
export function newCase(world: RandomWorld) {
  let best: { test: RandomWorld['tests'][number]; after: RandomWorld; count: number } | null = null;
  for (const personId of world.persons.filter((p) => !world.cases.includes(p))) {
    const test = { testId: `outbreak-${personId}`, personId, sampledAt: world.now - 86_400_000, result: 'positive' as const, method: 'pcr' as const };
    const after = { ...world, tests: [...world.tests, test], cases: [...world.cases, personId].sort() };
    const count = expectedAnswer(after, personId, ALERT_DEPTH).length;
    if (!best || count > best.count) best = { test, after, count };
  }
  if (!best || best.count === 0) throw new Error('nobody in this world would raise an alert as a new case');
  return best;
}
