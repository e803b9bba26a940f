/** The worked examples of DESIGN section 3 (shared/examples/exposure-rules.json, copied to fixtures). */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_RULES,
  InMemoryContactSource,
  computeExposures,
  deriveVisits,
  infectiousFrom,
  type CheckEvent,
  type IsolationOrder,
  type RecordedContact,
  type TestResult,
} from '../../../libs/exposure-rules/index.js';
import { shuffled } from '../../support/random-world.js';

type Timed<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };
interface ChainExample {
  name: string;
  now: string;
  case: string;
  depth: number;
  venues: Record<string, { defaultStayMinutes: number }>;
  checks: Timed<CheckEvent, 'at'>[];
  contacts: Timed<RecordedContact, 'from' | 'to'>[];
  tests: (Timed<TestResult, 'sampledAt'> & { symptomOnsetAt?: string })[];
  orders: Timed<IsolationOrder, 'from'>[];
  expect: {
    infectiousFrom: string;
    exposures: { personId: string; level: number; exposedAt: string; viaOneOf: string[] }[];
  };
}
interface Examples {
  venues: Record<string, { defaultStayMinutes: number }>;
  visits: { name: string; checks: Timed<CheckEvent, 'at'>[]; expect: { venueId: string; start: string; end: string }[] }[];
  chains: ChainExample[];
}

const examples = JSON.parse(
  readFileSync(new URL('../../fixtures/exposure-rules.json', import.meta.url), 'utf8'),
) as Examples;
const ms = (iso: string): number => {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new Error(`not an instant: ${iso}`);
  return at;
};
const iso = (at: number): string => new Date(at).toISOString();
const stays = (venues: Record<string, { defaultStayMinutes: number }>): Record<string, number> =>
  Object.fromEntries(Object.entries(venues).map(([id, v]) => [id, v.defaultStayMinutes]));

/**
 * The fixture lists visits in the order the rules produce them; deriveVisits promises the order
 * (start, venueId, end), so the expected list is put in that order before comparing.
 */
const byStartVenueEnd = (a: { venueId: string; start: string; end: string }, b: typeof a): number =>
  ms(a.start) - ms(b.start) || (a.venueId < b.venueId ? -1 : a.venueId > b.venueId ? 1 : 0) || ms(a.end) - ms(b.end);

describe('worked examples: visits', () => {
  const venueStays = stays(examples.venues);
  it.each(examples.visits.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const checks = example.checks.map((c) => ({ ...c, at: ms(c.at) }));
    const visits = deriveVisits(checks, (v) => venueStays[v] ?? DEFAULT_RULES.defaultStayMinutes, DEFAULT_RULES);
    expect(visits.map((v) => ({ venueId: v.venueId, start: iso(v.start), end: iso(v.end) }))).toEqual(
      [...example.expect].sort(byStartVenueEnd).map((v) => ({ venueId: v.venueId, start: iso(ms(v.start)), end: iso(ms(v.end)) })),
    );
    expect(deriveVisits([...checks].reverse(), (v) => venueStays[v] ?? 60, DEFAULT_RULES)).toEqual(visits);
  });
});

function facts(example: ChainExample) {
  return {
    venues: stays(example.venues),
    checks: example.checks.map((c) => ({ ...c, at: ms(c.at) })),
    contacts: example.contacts.map((c) => ({ ...c, from: ms(c.from), to: ms(c.to) })),
    orders: example.orders.map((o) => ({ ...o, from: ms(o.from) })),
  };
}

function answer(example: ChainExample, f: ReturnType<typeof facts>) {
  const tests = example.tests
    .filter((x) => x.personId === example.case)
    .map((x) => ({ ...x, sampledAt: ms(x.sampledAt), symptomOnsetAt: x.symptomOnsetAt === undefined ? null : ms(x.symptomOnsetAt) }));
  const from = infectiousFrom(tests, DEFAULT_RULES);
  if (from === null) throw new Error(`${example.case} has no positive test`);
  const source = InMemoryContactSource.fromFacts(f, DEFAULT_RULES);
  return { from, exposures: computeExposures(source, { personId: example.case, infectiousFrom: from }, example.depth, ms(example.now), DEFAULT_RULES) };
}

describe('worked examples: chains', () => {
  it.each(examples.chains.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const { from, exposures } = answer(example, facts(example));
    expect(iso(from)).toBe(iso(ms(example.expect.infectiousFrom)));
    expect(exposures.map((e) => ({ personId: e.personId, level: e.level, exposedAt: iso(e.exposedAt) }))).toEqual(
      example.expect.exposures.map((e) => ({ personId: e.personId, level: e.level, exposedAt: iso(ms(e.exposedAt)) })),
    );
    exposures.forEach((e, i) => expect(example.expect.exposures[i].viaOneOf).toContain(e.via.fromPersonId));
  });

  const world = examples.chains.find((e) => e.name.startsWith('a random world'));
  it('the random world: shuffling the events does not change the answer', () => {
    expect(world).toBeDefined();
    const f = facts(world!);
    const expected = answer(world!, f).exposures;
    for (let seed = 1; seed <= 20; seed++) {
      const shuffledFacts = {
        venues: f.venues,
        checks: shuffled(f.checks, seed),
        contacts: shuffled(f.contacts, seed + 100),
        orders: shuffled(f.orders, seed + 200),
      };
      expect(answer(world!, shuffledFacts).exposures).toEqual(expected);
    }
  });
});
