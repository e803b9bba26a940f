/** The read side's view of visits: the same visits as the engine, with their scans and estimates. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_RULES, deriveVisits, explainVisits, type CheckEvent } from '../../../libs/exposure-rules/index.js';
import { MINUTE, check, t } from './helpers.js';

const stays: Record<string, number> = { V: 60, W: 30 };
const stayOf = (v: string): number => stays[v] ?? 60;
const explain = (checks: CheckEvent[]) =>
  explainVisits(checks, stayOf, DEFAULT_RULES).map((v) => ({
    venue: v.venueId,
    start: v.start,
    end: v.end,
    startEstimated: v.startEstimated,
    endEstimated: v.endEstimated,
    scans: v.scans.map((s) => s.checkInId),
  }));

describe('explainVisits', () => {
  it('a visit with both scans is exact and names both', () => {
    expect(explain([check('a', 'V', 'in', t('07-10 08:00'), 'i'), check('a', 'V', 'out', t('07-10 09:30'), 'o')])).toEqual([
      { venue: 'V', start: t('07-10 08:00'), end: t('07-10 09:30'), startEstimated: false, endEstimated: false, scans: ['i', 'o'] },
    ]);
  });

  it('a missing check-out gives an estimated end; a double scan is shown with its visit', () => {
    expect(explain([check('a', 'W', 'in', t('07-10 08:00'), 'i1'), check('a', 'W', 'in', t('07-10 08:10'), 'i2')])).toEqual([
      { venue: 'W', start: t('07-10 08:00'), end: t('07-10 08:30'), startEstimated: false, endEstimated: true, scans: ['i1', 'i2'] },
    ]);
  });

  it('an orphan check-out gives an estimated start and only its own scan, not the check-out before it', () => {
    const checks = [
      check('a', 'V', 'in', t('07-10 08:00'), 'i'),
      check('a', 'V', 'out', t('07-10 09:00'), 'o1'),
      check('a', 'V', 'out', t('07-10 09:20'), 'o2'),
    ];
    expect(explain(checks)).toEqual([
      { venue: 'V', start: t('07-10 08:00'), end: t('07-10 09:00'), startEstimated: false, endEstimated: false, scans: ['i', 'o1'] },
      { venue: 'V', start: t('07-10 09:00'), end: t('07-10 09:20'), startEstimated: true, endEstimated: false, scans: ['o2'] },
    ]);
  });

  it('gives exactly the visits deriveVisits gives, and every scan belongs to exactly one visit', () => {
    const checkArb = fc.record({
      checkInId: fc.uuid(),
      personId: fc.constant('p'),
      venueId: fc.constantFrom('V', 'W'),
      direction: fc.constantFrom<'in' | 'out'>('in', 'out'),
      at: fc.integer({ min: 0, max: 200 }).map((k) => t('07-10 00:00') + k * 10 * MINUTE),
    });
    fc.assert(
      fc.property(fc.uniqueArray(checkArb, { selector: (c) => c.checkInId, maxLength: 30 }), (checks) => {
        const explained = explainVisits(checks, stayOf, DEFAULT_RULES);
        expect(explained.map(({ personId, venueId, start, end }) => ({ personId, venueId, start, end }))).toEqual(
          deriveVisits(checks, stayOf, DEFAULT_RULES),
        );
        const shown = explained.flatMap((v) => v.scans.map((s) => s.checkInId)).sort();
        expect(shown).toEqual(checks.map((c) => c.checkInId).sort());
        for (const v of explained) for (const s of v.scans) expect(s.venueId).toBe(v.venueId);
      }),
      { numRuns: 300 },
    );
  });
});
