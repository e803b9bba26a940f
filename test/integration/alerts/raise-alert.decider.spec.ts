import { describe, expect, it } from '@jest/globals';
import { EXPOSURE_ALERT_RAISED } from '../../../src/alerts/domain/alert-events.js';
import { alertIdOf } from '../../../src/alerts/domain/alert-triple.js';
import { raiseAlert, RaiseAlert } from '../../../src/alerts/domain/raise-alert.decider.js';

const alert = (personId: string, level: number, caseId = 'P1'): RaiseAlert => ({
  caseId,
  personId,
  level,
  exposedAt: '2021-07-10T01:30:00.000Z',
  via: { fromPersonId: caseId, kind: 'co-presence', venueId: 'V1', contactId: null, from: '2021-07-10T01:30:00.000Z', to: '2021-07-10T02:00:00.000Z' },
  recommendation: null,
});

const replay = (...commands: RaiseAlert[]) =>
  commands.reduce((state, c) => raiseAlert.decide(c, state, 0).reduce((s, e) => raiseAlert.evolve(s, e), state), raiseAlert.initialState());

describe('raising an exposure alert', () => {
  it('raises a new (case, person, level) triple once, with an id derived from the triple', () => {
    const [event] = raiseAlert.decide(alert('P2', 1), raiseAlert.initialState(), 0);
    expect(event).toEqual({ type: EXPOSURE_ALERT_RAISED, schemaVersion: 1, data: { alertId: alertIdOf(alert('P2', 1)), ...alert('P2', 1) } });
    expect(raiseAlert.decide(alert('P2', 1), replay(alert('P2', 1)), 0)).toEqual([]);
  });

  it('raises nothing for a triple already raised, whatever the exposure details now say', () => {
    const later = { ...alert('P2', 1), exposedAt: '2021-07-11T00:00:00.000Z' };
    expect(raiseAlert.decide(later, replay(alert('P2', 1)), 0)).toEqual([]);
  });

  it('raises a new alert when a person is found at another level, or by another case', () => {
    const state = replay(alert('P2', 2));
    expect(raiseAlert.decide(alert('P2', 1), state, 0)).toHaveLength(1);
    expect(raiseAlert.decide(alert('P2', 2, 'P9'), state, 0)).toHaveLength(1);
  });

  it('gives each triple its own id, and ids that cannot be confused by separators in ids', () => {
    expect(alertIdOf(alert('P2', 1))).toBe(alertIdOf(alert('P2', 1)));
    expect(alertIdOf(alert('P2', 1))).not.toBe(alertIdOf(alert('P2', 2)));
    expect(alertIdOf({ caseId: 'a:b', personId: 'c', level: 1 })).not.toBe(alertIdOf({ caseId: 'a', personId: 'b:c', level: 1 }));
  });
});
