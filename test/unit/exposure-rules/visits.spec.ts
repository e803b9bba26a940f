import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RULES, deriveVisits, type CheckEvent } from '../../../libs/exposure-rules/index.js';
import { HOUR, MINUTE, check, t } from './helpers.js';

const stays: Record<string, number> = { V: 60, W: 30 };
const visitsOf = (checks: CheckEvent[]) =>
  deriveVisits(checks, (v) => stays[v] ?? 60, DEFAULT_RULES).map((v) => [v.venueId, v.start, v.end]);

describe('deriveVisits', () => {
  describe('double scans (rule 1)', () => {
    it('a second check-in within the stay changes nothing', () => {
      expect(visitsOf([check('a', 'V', 'in', t('07-10 08:00')), check('a', 'V', 'in', t('07-10 08:59'))])).toEqual([
        ['V', t('07-10 08:00'), t('07-10 09:00')],
      ]);
    });

    it('a second check-in exactly at the stay is still a double scan (within is inclusive)', () => {
      expect(
        visitsOf([check('a', 'V', 'in', t('07-10 08:00')), check('a', 'V', 'in', t('07-10 09:00')), check('a', 'V', 'out', t('07-10 11:00'))]),
      ).toEqual([['V', t('07-10 08:00'), t('07-10 11:00')]]);
    });

    it('the stay counts from the visit start, not from the last double scan', () => {
      expect(
        visitsOf([
          check('a', 'V', 'in', t('07-10 08:00')),
          check('a', 'V', 'in', t('07-10 08:50')),
          check('a', 'V', 'in', t('07-10 09:40')),
        ]),
      ).toEqual([
        ['V', t('07-10 08:00'), t('07-10 09:00')],
        ['V', t('07-10 09:40'), t('07-10 10:40')],
      ]);
    });

    it('the same scan delivered twice counts once', () => {
      const out = check('a', 'V', 'out', t('07-10 09:00'));
      expect(visitsOf([out, check('a', 'V', 'in', t('07-10 08:00')), { ...out }])).toEqual([
        ['V', t('07-10 08:00'), t('07-10 09:00')],
      ]);
    });
  });

  describe('missing check-out (rules 1 and 4)', () => {
    it('the last visit lasts the venue stay', () => {
      expect(visitsOf([check('a', 'W', 'in', t('07-10 08:00'))])).toEqual([['W', t('07-10 08:00'), t('07-10 08:30')]]);
    });

    it('a check-in elsewhere ends the open visit at that instant when it comes within the stay', () => {
      expect(visitsOf([check('a', 'V', 'in', t('07-10 08:00')), check('a', 'W', 'in', t('07-10 08:20'))])).toEqual([
        ['V', t('07-10 08:00'), t('07-10 08:20')],
        ['W', t('07-10 08:20'), t('07-10 08:50')],
      ]);
    });
  });

  describe('missing check-in: the orphan check-out (rules 2 and 3)', () => {
    it('is the stay before the check-out', () => {
      expect(visitsOf([check('a', 'V', 'out', t('07-10 13:00'))])).toEqual([['V', t('07-10 12:00'), t('07-10 13:00')]]);
    });

    it('starts no earlier than the previous event of that person', () => {
      expect(visitsOf([check('a', 'W', 'out', t('07-10 12:30')), check('a', 'V', 'out', t('07-10 13:00'))])).toEqual([
        ['W', t('07-10 12:00'), t('07-10 12:30')],
        ['V', t('07-10 12:30'), t('07-10 13:00')],
      ]);
    });

    it('a second check-out at the same venue is an orphan too', () => {
      expect(
        visitsOf([check('a', 'V', 'in', t('07-10 08:00')), check('a', 'V', 'out', t('07-10 09:00')), check('a', 'V', 'out', t('07-10 09:20'))]),
      ).toEqual([
        ['V', t('07-10 08:00'), t('07-10 09:00')],
        ['V', t('07-10 09:00'), t('07-10 09:20')],
      ]);
    });

    it('a check-out at another venue closes the open visit at that instant', () => {
      expect(visitsOf([check('a', 'V', 'in', t('07-10 08:00')), check('a', 'W', 'out', t('07-10 08:20'))])).toEqual([
        ['V', t('07-10 08:00'), t('07-10 08:20')],
        ['W', t('07-10 08:00'), t('07-10 08:20')],
      ]);
    });
  });

  describe('the stay cap', () => {
    it('an open visit without a check-out never outlasts its venue stay', () => {
      expect(visitsOf([check('a', 'W', 'in', t('07-10 08:00')), check('a', 'V', 'in', t('07-10 15:00'))])).toEqual([
        ['W', t('07-10 08:00'), t('07-10 08:30')],
        ['V', t('07-10 15:00'), t('07-10 16:00')],
      ]);
    });

    it('an unknown venue uses the stay the caller gives for it', () => {
      const visits = deriveVisits([check('a', 'X', 'in', t('07-10 08:00'))], () => 45, DEFAULT_RULES);
      expect(visits).toEqual([{ personId: 'a', venueId: 'X', start: t('07-10 08:00'), end: t('07-10 08:45') }]);
    });
  });

  describe('MAX_STAY_HOURS (rule 2)', () => {
    it('a check-out exactly MAX_STAY_HOURS after the check-in closes the visit', () => {
      const inAt = t('07-10 08:00');
      expect(visitsOf([check('a', 'V', 'in', inAt), check('a', 'V', 'out', inAt + 12 * HOUR)])).toEqual([['V', inAt, inAt + 12 * HOUR]]);
    });

    it('one minute later the check-out is an orphan and the visit ends at its stay', () => {
      const inAt = t('07-10 08:00');
      const outAt = inAt + 12 * HOUR + MINUTE;
      expect(visitsOf([check('a', 'V', 'in', inAt), check('a', 'V', 'out', outAt)])).toEqual([
        ['V', inAt, inAt + HOUR],
        ['V', outAt - HOUR, outAt],
      ]);
    });

    it('follows the configured MAX_STAY_HOURS', () => {
      const inAt = t('07-10 08:00');
      const cfg = { ...DEFAULT_RULES, maxStayHours: 2 };
      const visits = deriveVisits([check('a', 'V', 'in', inAt), check('a', 'V', 'out', inAt + 3 * HOUR)], () => 60, cfg);
      expect(visits.map((v) => [v.start, v.end])).toEqual([
        [inAt, inAt + HOUR],
        [inAt + 2 * HOUR, inAt + 3 * HOUR],
      ]);
    });
  });

  describe('arrival-order independence', () => {
    const checks = [
      check('a', 'V', 'in', t('07-10 08:00'), '1'),
      check('a', 'V', 'in', t('07-10 08:10'), '2'),
      check('a', 'W', 'out', t('07-10 09:30'), '3'),
      check('a', 'W', 'in', t('07-10 09:30'), '4'),
      check('a', 'V', 'out', t('07-10 11:00'), '5'),
    ];

    it('a late upload changes the visits exactly as if it had come in time', () => {
      const expected = visitsOf(checks);
      expect(visitsOf([...checks].reverse())).toEqual(expected);
      expect(visitsOf([checks[2], checks[4], checks[0], checks[3], checks[1]])).toEqual(expected);
    });

    it('at the same instant a check-out comes before a check-in', () => {
      expect(visitsOf(checks)).toEqual([
        ['V', t('07-10 08:00'), t('07-10 09:00')],
        ['W', t('07-10 09:00'), t('07-10 09:30')],
        ['W', t('07-10 09:30'), t('07-10 10:00')],
        ['V', t('07-10 10:00'), t('07-10 11:00')],
      ]);
    });

    it('at the same instant and direction the smaller checkInId comes first', () => {
      const a = check('a', 'V', 'in', t('07-10 08:00'), 'x1');
      const b = check('a', 'W', 'in', t('07-10 08:00'), 'x2');
      // x1 opens V, x2 closes it at once and opens W: V is a zero-length visit.
      const expected = [
        ['V', t('07-10 08:00'), t('07-10 08:00')],
        ['W', t('07-10 08:00'), t('07-10 08:30')],
      ];
      expect(visitsOf([a, b])).toEqual(expected);
      expect(visitsOf([b, a])).toEqual(expected);
    });
  });

  it('sorts the output by start, then venue, then end', () => {
    const visits = visitsOf([check('a', 'W', 'in', t('07-10 08:00')), check('a', 'V', 'out', t('07-10 08:20'))]);
    expect(visits).toEqual([
      ['V', t('07-10 08:00'), t('07-10 08:20')],
      ['W', t('07-10 08:00'), t('07-10 08:20')],
    ]);
  });

  it('gives no visits for no events', () => {
    expect(deriveVisits([], () => 60, DEFAULT_RULES)).toEqual([]);
  });
});
