/** Paging an exposures answer by sort-key cursor (fast-check over random worlds). */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_RULES, InMemoryContactSource, computeExposures, infectiousFrom, type Exposure } from '../../../libs/exposure-rules/index.js';
import { exposurePage, levelSummary } from '../../../src/exposure/application/queries/exposure-page.js';
import { decodeCursor, encodeCursor } from '../../../src/platform/http/paging/cursor.js';
import { InvalidInputError } from '../../../src/platform/errors.js';
import { randomWorld } from '../../support/random-world.js';

const SHAPE = ['number', 'number', 'string'] as const;

function answerOf(seed: number, depth: number): Exposure[] {
  const w = randomWorld(seed, { persons: 40, venues: 5, days: 4 });
  const source = InMemoryContactSource.fromFacts(
    { venues: Object.fromEntries(w.venues.map((v) => [v.venueId, v.stayMinutes])), checks: w.checks, contacts: w.contacts, orders: w.orders },
    DEFAULT_RULES,
  );
  const caseId = w.cases[0];
  const from = infectiousFrom(w.tests.filter((t) => t.personId === caseId), DEFAULT_RULES)!;
  return computeExposures(source, { personId: caseId, infectiousFrom: from }, depth, w.now, DEFAULT_RULES);
}

/** Every page from the first, following `next` through its encoded form as a client would. */
function allPages(exposures: Exposure[], level: number | null, limit: number): { rows: Exposure[]; pages: number } {
  const rows: Exposure[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = exposurePage(exposures, { level, limit, after: decodeCursor(cursor ?? undefined, 'cursor', SHAPE) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    rows.push(...page.items);
    cursor = page.next;
    pages++;
  } while (cursor !== null && pages <= exposures.length + 1);
  return { rows, pages };
}

describe('exposurePage', () => {
  it('the concatenation of the pages is the unpaged answer, for any limit and level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 1, max: 3 })), (seed, depth, limit, level) => {
        const exposures = answerOf(seed, depth);
        const wanted = level === null ? exposures : exposures.filter((e) => e.level === level);
        const { rows, pages } = allPages(exposures, level, limit);
        expect(rows).toEqual(wanted);
        expect(pages).toBe(Math.max(1, Math.ceil(wanted.length / limit)));
      }),
      { numRuns: 60 },
    );
  });

  it('a cursor stays valid while the answer grows: rows added after its key come on later pages, none twice', () => {
    const exposures = answerOf(5, 3);
    expect(exposures.length).toBeGreaterThan(4);
    const first = exposurePage(exposures, { level: null, limit: 3, after: null });
    const last = first.items[2];
    // A person found later, sorting after the cursor's key, and one sorting before it (not repeated).
    const grown = [...exposures, { ...last, personId: `${last.personId}~late` }, { ...exposures[0], personId: '' }].sort(
      (a, b) => a.level - b.level || a.exposedAt - b.exposedAt || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
    );
    const rest = allPages(grown.slice(grown.indexOf(last) + 1), null, 1000).rows;
    const second = exposurePage(grown, { level: null, limit: 1000, after: decodeCursor(first.next!, 'cursor', SHAPE) });
    expect(second.items).toEqual(rest);
    expect(second.items.map((e) => e.personId)).toContain(`${last.personId}~late`);
  });

  it('counts every level up to the depth, whatever the page holds', () => {
    const exposures = answerOf(7, 3);
    const summary = levelSummary(exposures, 3);
    expect(Object.keys(summary)).toEqual(['F1', 'F2', 'F3']);
    expect(summary.F1 + summary.F2 + summary.F3).toBe(exposures.length);
  });
});

describe('key cursors', () => {
  it('round-trip a sort key and refuse anything that is not one of this list', () => {
    const key = [2, 1626_000_000_000, 'Nguyễn:1'];
    expect(decodeCursor(encodeCursor(key), 'cursor', SHAPE)).toEqual(key);
    for (const bad of ['%%', 'abc', encodeCursor([1, 2]), encodeCursor(['1', 2, 'p']), encodeCursor([1.5, 2, 'p'])]) {
      expect(() => decodeCursor(bad, 'cursor', SHAPE)).toThrow(InvalidInputError);
    }
  });
});
