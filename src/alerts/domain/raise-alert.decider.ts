import type { Decider, DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { EXPOSURE_ALERT_RAISED, ExposureAlertData, ExposureAlertRaised } from './alert-events.js';
import { alertIdOf, tripleKey } from './alert-triple.js';

export type RaiseAlert = Omit<ExposureAlertData, 'alertId'>;

/** The (case, person, level) triples a case's stream has alerted already. */
export type RaisedTriples = Set<string>;

/**
 * An alert is raised once per (case, person, level): an exposure found again, by a later
 * recomputation, a restart or a replay of the log, raises nothing. A lower level found later (an
 * F2 who turns out to be an F1) is a new triple, hence a new alert.
 */
export const raiseAlert: Decider<RaiseAlert, RaisedTriples, ExposureAlertRaised> = {
  initialState: () => new Set(),
  evolve(state, event: DomainEvent) {
    if (event.type === EXPOSURE_ALERT_RAISED) state.add(tripleKey(event.data as ExposureAlertData));
    return state;
  },
  decide(command, state) {
    if (state.has(tripleKey(command))) return [];
    return [{ type: EXPOSURE_ALERT_RAISED, schemaVersion: 1, data: { alertId: alertIdOf(command), ...command } }];
  },
};
