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

/** An alert by its first case, person and level (alerts of one case, such as in logs of schemaVersion 1). */
export const tripleOf = (a: Triple): string => `${a.caseId}>${a.personId}@F${a.level}`;

type ExposureRow = ReturnType<typeof expectedAnswer>[number];

/** An alert as the rules call for it: a person, a level, the cases at it, as the API shows them. */
export interface ExpectedAlert {
  personId: string;
  level: number;
  caseIds: string[];
  exposedAt: string;
  lastExposedAt: string;
  via: ExposureRow['via'];
}

/** A person's alert by person, level and cases: what must match exactly where the cases are all known together. */
export const alertOf = (a: { personId: string; level: number; caseIds: string[] }): string => `${a.personId}@F${a.level}<${a.caseIds.join(',')}`;

/** Every case's exposures of `personId` up to ALERT_DEPTH, by case. */
function linksOf(world: RandomWorld): Map<string, (ExposureRow & { caseId: string })[]> {
  const byPerson = new Map<string, (ExposureRow & { caseId: string })[]>();
  for (const caseId of world.cases) {
    for (const e of expectedAnswer(world, caseId, ALERT_DEPTH)) byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), { caseId, ...e }]);
  }
  return byPerson;
}

/**
 * What an alert about `personId` over the given cases says (DESIGN 3): the closest level, every one
 * of those cases at it, earliest exposure first (ties: smaller case id), the latest last exposure.
 */
export function alertOver(world: RandomWorld, personId: string, caseIds: string[]): ExpectedAlert | null {
  return closestOf(personId, (linksOf(world).get(personId) ?? []).filter((l) => caseIds.includes(l.caseId)));
}

function closestOf(personId: string, links: (ExposureRow & { caseId: string })[]): ExpectedAlert | null {
  if (links.length === 0) return null;
  const level = Math.min(...links.map((l) => l.level));
  const closest = links.filter((l) => l.level === level).sort((a, b) => a.exposedAt.localeCompare(b.exposedAt) || a.caseId.localeCompare(b.caseId));
  return {
    personId,
    level,
    caseIds: closest.map((l) => l.caseId),
    exposedAt: closest[0].exposedAt,
    lastExposedAt: closest.map((l) => l.lastExposedAt).sort().pop()!,
    via: closest[0].via,
  };
}

/** Each exposed person's classification over every case of the world, up to ALERT_DEPTH; the cases themselves have none. */
export function expectedClassifications(world: RandomWorld): Map<string, ExpectedAlert> {
  const out = new Map<string, ExpectedAlert>();
  for (const [personId, links] of linksOf(world)) if (!world.cases.includes(personId)) out.set(personId, closestOf(personId, links)!);
  return out;
}

/** The alerts a change of the world calls for, all facts known together: everyone it brings closer. */
export function alertsBetween(before: RandomWorld, after: RandomWorld): ExpectedAlert[] {
  const was = expectedClassifications(before);
  return [...expectedClassifications(after).values()].filter((c) => c.level < (was.get(c.personId)?.level ?? Infinity));
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
 * A scan pair that makes someone a new F1 of a case: a person who was nobody's F1, at a venue during
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
    // Nobody at F1 of any case: the new F1 is then a closer classification, hence an alert.
    const f1 = new Set([...expectedClassifications(world).values()].filter((c) => c.level === 1).map((c) => c.personId));
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
    const count = alertsBetween(world, after).length;
    if (!best || count > best.count) best = { test, after, count };
  }
  if (!best || best.count === 0) throw new Error('nobody in this world would raise an alert as a new case');
  return best;
}
