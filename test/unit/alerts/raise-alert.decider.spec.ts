import { describe, expect, it } from '@jest/globals';
import { EXPOSURE_ALERT_RAISED } from '../../../src/alerts/domain/alert-events.js';
import { alertIdOf, raiseAlert, RaiseAlert } from '../../../src/alerts/domain/raise-alert.decider.js';
import { upcastAlert } from '../../../src/alerts/domain/upcast-alert.js';

const via = { fromPersonId: 'P1', kind: 'co-presence', venueId: 'V1', contactId: null, from: '2021-07-10T01:30:00.000Z', to: '2021-07-10T02:00:00.000Z' };
const alert = (personId: string, level: number, caseIds = ['P1']): RaiseAlert => ({
  personId,
  level,
  caseIds,
  exposedAt: '2021-07-10T01:30:00.000Z',
  lastExposedAt: '2021-07-10T02:00:00.000Z',
  via,
  recommendation: null,
});

const replay = (...commands: RaiseAlert[]) =>
  commands.reduce((state, c) => raiseAlert.decide(c, state, 0).reduce((s, e) => raiseAlert.evolve(s, e), state), raiseAlert.initialState());

describe('raising an alert in a person’s stream', () => {
  it('records schemaVersion 2 with an id derived from the person and the level', () => {
    const [event] = raiseAlert.decide(alert('P2', 2, ['P1', 'P9']), raiseAlert.initialState(), 0);
    expect(event).toEqual({
      type: EXPOSURE_ALERT_RAISED,
      schemaVersion: 2,
      data: { alertId: alertIdOf('P2', 2), ...alert('P2', 2, ['P1', 'P9']) },
    });
  });

  it('appends nothing for a level the stream holds or a farther one, whatever the cases now are', () => {
    const state = replay(alert('P2', 1));
    expect(raiseAlert.decide(alert('P2', 1, ['P9']), state, 0)).toEqual([]);
    expect(raiseAlert.decide(alert('P2', 2), state, 0)).toEqual([]);
  });

  it('appends a closer level after a farther one', () => {
    expect(raiseAlert.decide(alert('P2', 1), replay(alert('P2', 2)), 0)).toHaveLength(1);
  });

  it('gives each person and level its own id, which separators in ids cannot confuse', () => {
    expect(alertIdOf('P2', 1)).toBe(alertIdOf('P2', 1));
    expect(alertIdOf('P2', 1)).not.toBe(alertIdOf('P2', 2));
    expect(alertIdOf('P2', 1)).not.toBe(alertIdOf('P3', 1));
  });
});

describe('reading alerts of earlier logs', () => {
  it('reads a schemaVersion 1 alert (one case, no last exposure) as version 2', () => {
    const v1 = { alertId: 'a-1', caseId: 'P1', personId: 'P2', level: 1, exposedAt: '2021-07-10T01:30:00.000Z', via, recommendation: null };
    expect(upcastAlert({ schemaVersion: 1, data: v1 })).toEqual({
      alertId: 'a-1',
      personId: 'P2',
      level: 1,
      caseIds: ['P1'],
      exposedAt: '2021-07-10T01:30:00.000Z',
      lastExposedAt: null,
      via,
      recommendation: null,
    });
  });

  it('counts a version 1 alert’s level in a stream like a version 2 one', () => {
    const v1 = { type: EXPOSURE_ALERT_RAISED, schemaVersion: 1, data: { alertId: 'a-1', caseId: 'P1', personId: 'P2', level: 1, exposedAt: '2021-07-10T01:30:00.000Z', via, recommendation: null } };
    expect(raiseAlert.decide(alert('P2', 1), raiseAlert.evolve(raiseAlert.initialState(), v1), 0)).toEqual([]);
  });
});
