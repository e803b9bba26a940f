import { describe, expect, it } from '@jest/globals';
import type { Exposure, ViaHop } from '../../../libs/exposure-rules/types.js';
import { alertToRaise, closestLevel } from '../../../src/alerts/domain/alert-decision.js';
import { ClosestLinks } from '../../../src/alerts/domain/closest-links.js';
import { CaseLink, classificationOf, PersonClassification } from '../../../src/alerts/domain/person-classification.js';
import { t } from '../../support/times.js';

const via = (fromPersonId: string, from: number): ViaHop => ({ fromPersonId, kind: 'co-presence', venueId: 'V1', contactId: null, from, to: from + 3_600_000 });
const link = (caseId: string, level: number, exposedAt: number, lastExposedAt = exposedAt + 3_600_000): CaseLink => ({
  caseId,
  level,
  exposedAt,
  lastExposedAt,
  via: via(level === 1 ? caseId : `${caseId}-F${level - 1}`, exposedAt),
});
const classified = (level: number, caseIds = ['A']): PersonClassification => classificationOf('P', caseIds.map((c) => link(c, level, t('07-10 08:00'))))!;
const DEPTH = { alertDepth: 2, isCase: false };

/** What a person is alerted about over a sequence of classifications, one recompute each. */
function alertsOver(steps: (PersonClassification | null)[], previous: number[] = [], options = DEPTH) {
  const levels = [...previous];
  const raised: { level: number; caseIds: string[] }[] = [];
  for (const step of steps) {
    const alert = alertToRaise(step, closestLevel(levels), options);
    if (alert) {
      raised.push({ level: alert.level, caseIds: alert.caseIds });
      levels.push(alert.level);
    }
  }
  return raised;
}

describe('a person’s classification over the active cases', () => {
  it('is the closest level, naming every case at it, earliest exposure first, with the latest last exposure', () => {
    const c = classificationOf('P', [
      link('B', 1, t('07-10 09:00'), t('07-10 20:00')),
      link('A', 2, t('07-09 08:00')),
      link('C', 1, t('07-10 08:00'), t('07-10 10:00')),
    ])!;
    expect(c).toEqual({
      personId: 'P',
      level: 1,
      caseIds: ['C', 'B'],
      exposedAt: t('07-10 08:00'),
      lastExposedAt: t('07-10 20:00'),
      via: via('C', t('07-10 08:00')),
    });
  });

  it('breaks a tie of exposure times by the smaller case id, and is null without links', () => {
    const c = classificationOf('P', [link('D', 1, t('07-10 08:00')), link('B', 1, t('07-10 08:00'))])!;
    expect(c.caseIds).toEqual(['B', 'D']);
    expect(c.via.fromPersonId).toBe('B');
    expect(classificationOf('P', [])).toBeNull();
  });
});

describe('deciding an alert about a person', () => {
  it('alerts a classification that first appears, and nothing when it stays', () => {
    expect(alertsOver([classified(2), classified(2)])).toEqual([{ level: 2, caseIds: ['A'] }]);
  });

  it('alerts again when the person gets closer (F2 of A, then F1 of B): two alerts, F2 then F1', () => {
    expect(alertsOver([classified(2, ['A']), classified(1, ['B'])])).toEqual([
      { level: 2, caseIds: ['A'] },
      { level: 1, caseIds: ['B'] },
    ]);
  });

  it('raises nothing when a change does not bring the person closer: another case at the level, a farther level, none', () => {
    expect(alertsOver([classified(1, ['A']), classified(1, ['A', 'B']), classified(2, ['C']), null])).toEqual([{ level: 1, caseIds: ['A'] }]);
  });

  it('names every case at the level when they are known together', () => {
    expect(alertsOver([classified(1, ['A', 'B'])])).toEqual([{ level: 1, caseIds: ['A', 'B'] }]);
  });

  it('counts the alerts a person already has, whatever stream holds them: an earlier F1 covers F1 and F2', () => {
    expect(alertsOver([classified(1), classified(2)], [1])).toEqual([]);
    expect(alertsOver([classified(1)], [2, 2])).toEqual([{ level: 1, caseIds: ['A'] }]);
  });

  it('alerts no active confirmed case, whatever chains reach them', () => {
    expect(alertsOver([classified(1)], [], { alertDepth: 2, isCase: true })).toEqual([]);
  });

  it('alerts nobody beyond ALERT_DEPTH', () => {
    expect(alertsOver([classified(3), classified(2)], [], { alertDepth: 2, isCase: false })).toEqual([{ level: 2, caseIds: ['A'] }]);
    expect(alertsOver([classified(2)], [], { alertDepth: 1, isCase: false })).toEqual([]);
  });

  it('raises at most one alert per level and at most ALERT_DEPTH per person over any sequence of classifications', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 200; run++) {
      const steps = Array.from({ length: 8 }, () => (random() < 0.2 ? null : classified(1 + Math.floor(random() * 3))));
      const levels = alertsOver(steps).map((a) => a.level);
      expect(levels.length).toBeLessThanOrEqual(2);
      // Each alert is closer than the one before: strictly decreasing levels, hence one per level.
      expect(levels).toEqual([...new Set(levels)].sort((a, b) => b - a));
    }
  });
});

describe('folding the chains of many cases', () => {
  const exposure = (personId: string, level: number, exposedAt: number): Exposure => ({ personId, level, exposedAt, lastExposedAt: exposedAt, via: via('X', exposedAt) });

  it('keeps each wanted person’s links at the closest level seen, and only those', () => {
    const links = new ClosestLinks((personId, level) => personId !== 'CASE' && !(personId === 'Q' && level >= 1));
    links.add('A', exposure('P', 2, t('07-10 08:00')));
    links.add('A', exposure('CASE', 1, t('07-10 08:00')));
    links.add('A', exposure('Q', 1, t('07-10 08:00')));
    links.add('B', exposure('P', 1, t('07-10 09:00')));
    links.add('C', exposure('P', 1, t('07-10 07:00')));
    links.add('D', exposure('P', 2, t('07-10 06:00')));
    expect(links.classifications().map((c) => [c.personId, c.level, c.caseIds])).toEqual([['P', 1, ['C', 'B']]]);
  });

  it('looks up only the people already in the fold when asked for known people only', () => {
    const links = new ClosestLinks(() => true);
    links.add('A', exposure('P', 2, t('07-10 08:00')));
    links.add('B', exposure('P', 2, t('07-10 09:00')), true);
    links.add('B', exposure('R', 1, t('07-10 09:00')), true);
    expect(links.classifications().map((c) => [c.personId, c.level, c.caseIds])).toEqual([['P', 2, ['A', 'B']]]);
    expect(links.farthestLevel).toBe(2);
    expect(new ClosestLinks(() => true).farthestLevel).toBe(0);
  });
});
