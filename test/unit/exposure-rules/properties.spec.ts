/** Properties of the rules on random data (fast-check), beyond the hand-picked scenarios. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  DEFAULT_RULES,
  InMemoryContactSource,
  computeExposures,
  deriveVisits,
  infectiousFrom,
  intersect,
  windowEnd,
  type CheckEvent,
  type Exposure,
  type RulesConfig,
} from '../../../libs/exposure-rules/index.js';
import { randomWorld, shuffled, type RandomWorld } from '../../support/random-world.js';
import { MINUTE, t } from './helpers.js';

const BASE = t('07-10 00:00');
const STAYS: Record<string, number> = { V: 60, W: 30, X: 720 };
const stayOf = (v: string): number => STAYS[v];

/** One person's checks on a coarse grid, with few ids, so ties and doubled scans are common. */
const checksArb = fc
  .array(
    fc.record({
      checkInId: fc.stringMatching(/^[a-d]{1,2}$/),
      personId: fc.constant('p'),
      venueId: fc.constantFrom('V', 'W', 'X'),
      direction: fc.constantFrom<'in' | 'out'>('in', 'out'),
      at: fc.integer({ min: 0, max: 6 * 24 * 6 }).map((k) => BASE + k * 10 * MINUTE),
    }),
    { maxLength: 40 },
  )
  .chain((checks) => fc.tuple(fc.constant(checks), fc.subarray(checks))) // some scans delivered twice
  .map(([checks, again]) => [...checks, ...again]);

const cfgArb = fc.integer({ min: 1, max: 24 }).map((maxStayHours): RulesConfig => ({ ...DEFAULT_RULES, maxStayHours }));

describe('deriveVisits properties', () => {
  it('is invariant under any permutation of the input', () => {
    fc.assert(
      fc.property(
        checksArb.chain((checks) => fc.tuple(fc.constant(checks), fc.shuffledSubarray(checks, { minLength: checks.length, maxLength: checks.length }))),
        cfgArb,
        ([checks, permuted], cfg) => {
          expect(deriveVisits(permuted, stayOf, cfg)).toEqual(deriveVisits(checks, stayOf, cfg));
        },
      ),
      { numRuns: 300 },
    );
  });

  /**
   * What is actually guaranteed about lengths: a visit closed by its check-out lasts at most
   * MAX_STAY_HOURS, every other visit at most its venue's stay. So a visit never exceeds
   * max(MAX_STAY_HOURS, stay(V)); with the API's limit stay(V) <= MAX_STAY_HOURS x 60 min,
   * that is MAX_STAY_HOURS. (X's 12-hour stay exceeds small configured maxima on purpose.)
   */
  it('gives well-formed visits no longer than max(MAX_STAY_HOURS, stay(V))', () => {
    fc.assert(
      fc.property(checksArb, cfgArb, (checks, cfg) => {
        const visits = deriveVisits(checks, stayOf, cfg);
        for (const v of visits) {
          expect(v.start).toBeLessThanOrEqual(v.end);
          expect(v.end - v.start).toBeLessThanOrEqual(Math.max(cfg.maxStayHours * 60, STAYS[v.venueId]) * MINUTE);
        }
        expect(visits.length).toBeLessThanOrEqual(checks.length);
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every scan: a check-out ends a visit at its venue, a check-in lies in one', () => {
    fc.assert(
      fc.property(checksArb, cfgArb, (checks: CheckEvent[], cfg) => {
        const visits = deriveVisits(checks, stayOf, cfg);
        for (const c of checks) {
          const at = visits.filter((v) => v.venueId === c.venueId);
          if (c.direction === 'out') expect(at.some((v) => v.end === c.at)).toBe(true);
          else expect(at.some((v) => v.start <= c.at && c.at <= v.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is sorted by start, then venue, then end', () => {
    fc.assert(
      fc.property(checksArb, (checks) => {
        const visits = deriveVisits(checks, stayOf, DEFAULT_RULES);
        for (let i = 1; i < visits.length; i++) {
          const [a, b] = [visits[i - 1], visits[i]];
          expect(a.start < b.start || (a.start === b.start && (a.venueId < b.venueId || (a.venueId === b.venueId && a.end <= b.end)))).toBe(true);
        }
      }),
    );
  });
});

const source = (w: Pick<RandomWorld, 'venues' | 'checks' | 'contacts' | 'orders'>) =>
  InMemoryContactSource.fromFacts(
    { venues: Object.fromEntries(w.venues.map((v) => [v.venueId, v.stayMinutes])), checks: w.checks, contacts: w.contacts, orders: w.orders },
    DEFAULT_RULES,
  );

function chainsOf(w: RandomWorld, facts: Pick<RandomWorld, 'venues' | 'checks' | 'contacts' | 'orders'>, depth: number) {
  const personId = w.cases[0];
  const from = infectiousFrom(w.tests.filter((x) => x.personId === personId), DEFAULT_RULES);
  if (from === null) throw new Error('a case without a positive test');
  return { personId, from, exposures: computeExposures(source(facts), { personId, infectiousFrom: from }, depth, w.now, DEFAULT_RULES) };
}

const worldArb = fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => randomWorld(seed, { persons: 24, venues: 4, days: 3 }));

/**
 * A deliberately naive restatement of DESIGN 3 "Levels": every visit pair and every contact of the
 * whole world, level by level. It shares no code with computeExposures beyond intersect and
 * windowEnd, so it checks the neighbourhood queries and the per-level bookkeeping.
 */
function naiveLevels(w: RandomWorld, f0: string, from: number, depth: number): [string, number, number, number][] {
  const all = source(w);
  const visits = w.persons.flatMap((p) => [...all.visitsOf(p)]);
  const found: [string, number, number, number][] = [];
  const levelled = new Set([f0]);
  let frontier = [{ p: f0, start: from }];
  for (let level = 1; level <= depth; level++) {
    const best = new Map<string, number>();
    const last = new Map<string, number>();
    const offer = (q: string, { start, end }: { start: number; end: number }) => {
      if (levelled.has(q)) return;
      if ((best.get(q) ?? Infinity) > start) best.set(q, start);
      if ((last.get(q) ?? -Infinity) < end) last.set(q, end);
    };
    for (const { p, start } of frontier) {
      const orders = w.orders.filter((o) => o.personId === p);
      const other = { start, end: windowEnd(orders, start, w.now, 'other') };
      const household = { start, end: windowEnd(orders, start, w.now, 'household') };
      for (const a of visits.filter((v) => v.personId === p)) {
        for (const b of visits.filter((v) => v.venueId === a.venueId && v.personId !== p)) {
          const overlap = intersect(a, b);
          const inWindow = overlap && intersect(overlap, other);
          if (inWindow && inWindow.end - inWindow.start >= DEFAULT_RULES.minOverlapMinutes * MINUTE) offer(b.personId, inWindow);
        }
      }
      for (const c of w.contacts.filter((c) => c.personA === p || c.personB === p)) {
        const hit = intersect({ start: c.from, end: c.to }, c.setting === 'household' ? household : other);
        if (hit) offer(c.personA === p ? c.personB : c.personA, hit);
      }
    }
    const next = [...best].sort(([p, a], [q, b]) => a - b || (p < q ? -1 : 1));
    next.forEach(([p, at]) => (levelled.add(p), found.push([p, level, at, last.get(p)!])));
    frontier = next.map(([p, at]) => ({ p, start: at }));
  }
  return found;
}

describe('computeExposures properties', () => {
  it('agrees with a naive scan of the whole world on who, at which level, when first and when last', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const { personId, from, exposures } = chainsOf(w, w, 3);
        expect(exposures.map((e) => [e.personId, e.level, e.exposedAt, e.lastExposedAt])).toEqual(naiveLevels(w, personId, from, 3));
      }),
      { numRuns: 40 },
    );
  });

  it('is invariant under permutation of all facts', () => {
    fc.assert(
      fc.property(worldArb, fc.integer(), (w, s) => {
        const permuted = { venues: shuffled(w.venues, s), checks: shuffled(w.checks, s + 1), contacts: shuffled(w.contacts, s + 2), orders: shuffled(w.orders, s + 3) };
        expect(chainsOf(w, permuted, 3).exposures).toEqual(chainsOf(w, w, 3).exposures);
      }),
      { numRuns: 60 },
    );
  });

  it('every via leads to the F0 or to a person one level up exposed no later, so chains respect time', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const { personId: f0, from, exposures } = chainsOf(w, w, 4);
        const byPerson = new Map<string, Exposure>(exposures.map((e) => [e.personId, e]));
        expect(byPerson.size).toBe(exposures.length);
        for (const e of exposures) {
          expect(e.personId).not.toBe(f0);
          expect(e.exposedAt).toBeGreaterThanOrEqual(Math.max(from, e.via.from));
          expect(e.exposedAt).toBeLessThanOrEqual(Math.min(w.now, e.via.to));
          expect(e.lastExposedAt).toBeGreaterThanOrEqual(e.exposedAt);
          expect(e.lastExposedAt).toBeLessThanOrEqual(w.now);
          if (e.level === 1) {
            expect(e.via.fromPersonId).toBe(f0);
          } else {
            const up = byPerson.get(e.via.fromPersonId);
            expect(up?.level).toBe(e.level - 1);
            expect(up!.exposedAt).toBeLessThanOrEqual(e.exposedAt);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the depth d answer is the depth d+1 answer cut at level d', () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 0, max: 4 }), (w, d) => {
        const deeper = chainsOf(w, w, d + 1).exposures;
        expect(chainsOf(w, w, d).exposures).toEqual(deeper.filter((e) => e.level <= d));
      }),
      { numRuns: 60 },
    );
  });

  it('the random worlds are not trivial: most give chains of several levels', () => {
    const levels = Array.from({ length: 20 }, (_, seed) => {
      const w = randomWorld(seed, { persons: 24, venues: 4, days: 3 });
      return Math.max(0, ...chainsOf(w, w, 3).exposures.map((e) => e.level));
    });
    expect(levels.filter((l) => l >= 2).length).toBeGreaterThanOrEqual(10);
  });
});
