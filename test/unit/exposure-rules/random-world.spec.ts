import { describe, expect, it } from '@jest/globals';
import { randomWorld, shuffled } from '../../support/random-world.js';
import { MINUTE } from './helpers.js';

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

describe('randomWorld', () => {
  it('is a function of its seed', () => {
    expect(randomWorld(7)).toEqual(randomWorld(7));
    expect(randomWorld(7)).not.toEqual(randomWorld(8));
    expect(shuffled([1, 2, 3, 4, 5], 3)).toEqual(shuffled([1, 2, 3, 4, 5], 3));
  });

  it.each([0, 1, 2, 3, 42])('seed %i: valid ids, whole minutes, everything between start and now', (seed) => {
    const w = randomWorld(seed, { persons: 40, venues: 8, days: 4 });
    const times = [
      ...w.checks.map((c) => c.at),
      ...w.contacts.flatMap((c) => [c.from, c.to]),
      ...w.tests.flatMap((x) => [x.sampledAt, ...(x.symptomOnsetAt == null ? [] : [x.symptomOnsetAt])]),
      ...w.orders.map((o) => o.from),
    ];
    for (const at of times) {
      expect(at % MINUTE).toBe(0);
      expect(at).toBeGreaterThanOrEqual(w.start);
      expect(at).toBeLessThan(w.now);
    }
    const ids = [
      ...w.persons,
      ...w.venues.map((v) => v.venueId),
      ...w.checks.map((c) => c.checkInId),
      ...w.contacts.map((c) => c.contactId),
      ...w.tests.map((x) => x.testId),
      ...w.orders.map((o) => o.orderId),
    ];
    for (const id of ids) expect(id).toMatch(ID);
    expect(new Set(w.checks.map((c) => c.checkInId)).size).toBe(w.checks.length);
    expect(w.persons).toHaveLength(40);
    expect(w.venues).toHaveLength(8);
  });

  it('names as cases exactly the persons with a positive test, and orders come after the first positive', () => {
    for (let seed = 0; seed < 20; seed++) {
      const w = randomWorld(seed);
      const positives = w.tests.filter((x) => x.result === 'positive');
      expect(w.cases).toEqual([...new Set(positives.map((x) => x.personId))].sort());
      expect(w.cases.length).toBeGreaterThanOrEqual(1);
      expect(w.cases.length).toBeLessThanOrEqual(3);
      const firstPositive = Math.min(...positives.map((x) => x.sampledAt));
      for (const o of w.orders) expect(o.from).toBeGreaterThan(firstPositive);
      for (const c of w.contacts) expect(c.personA).not.toBe(c.personB);
    }
  });

  it('has realistic shapes: missed and doubled scans, household contacts, mixed order kinds', () => {
    const worlds = Array.from({ length: 20 }, (_, seed) => randomWorld(seed));
    const checks = worlds.flatMap((w) => w.checks);
    const ins = checks.filter((c) => c.direction === 'in').length;
    const outs = checks.length - ins;
    // About 10% of visits miss the check-out and 5% the check-in; 5% scan twice on arrival.
    expect(outs / ins).toBeGreaterThan(0.8);
    expect(outs / ins).toBeLessThan(1);
    expect(new Set(worlds.flatMap((w) => w.orders.map((o) => o.kind)))).toEqual(new Set(['hospital', 'centralized', 'home', 'self-monitoring']));
    expect(worlds.flatMap((w) => w.contacts).some((c) => c.setting === 'household')).toBe(true);
    expect(worlds.flatMap((w) => w.tests).some((x) => x.result === 'negative')).toBe(true);
  });
});
