import type { Decider, DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { deterministicUuid } from '../../platform/ids.js';
import { EXPOSURE_ALERT_RAISED, EXPOSURE_ALERT_SCHEMA_VERSION, ExposureAlertRaised } from './alert-events.js';
import { bringsCloser, closestLevel } from './alert-decision.js';
import { upcastAlert } from './upcast-alert.js';

/** An alert about a person, as the reactor asks for it: the event's data but its id. */
export type RaiseAlert = Omit<ExposureAlertRaised['data'], 'alertId'>;

/** The levels the person's `alerted-` stream holds alerts at. */
export type AlertedLevels = Set<number>;

/** One alert per person and level: its id says so. Ids may hold ':' but never a NUL. */
export function alertIdOf(personId: string, level: number): string {
  return deterministicUuid(`person-alert:${personId}\u0000${level}`);
}

/**
 * The person's stream holds their alerts: an alert is appended only if it brings them closer than
 * every alert there. With the event id derived from the alert id and the stream's expected
 * revision, a retry, a restart, a replay or a concurrent reactor appends each alert once.
 * (Alerts of earlier logs live in case streams: the reactor asks the alert feed about those.)
 */
export const raiseAlert: Decider<RaiseAlert, AlertedLevels, ExposureAlertRaised> = {
  initialState: () => new Set(),
  evolve(state, event: DomainEvent) {
    if (event.type === EXPOSURE_ALERT_RAISED) state.add(upcastAlert(event).level);
    return state;
  },
  decide(command, state) {
    if (!bringsCloser(command.level, closestLevel(state))) return [];
    const { personId, level, caseIds, exposedAt, lastExposedAt, via, recommendation } = command;
    const data = { alertId: alertIdOf(personId, level), personId, level, caseIds, exposedAt, lastExposedAt, via, recommendation };
    return [{ type: EXPOSURE_ALERT_RAISED, schemaVersion: EXPOSURE_ALERT_SCHEMA_VERSION, data }];
  },
};
