import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError } from '../../platform/errors.js';
import { ALERT_ACKNOWLEDGED, AlertAcknowledged, AlertAcknowledgedData, AlertOutcome } from './alert-events.js';

export interface AcknowledgeAlert {
  alertId: string;
  outcome: AlertOutcome;
  note: string | null;
}

/** The acknowledgements a person's alert stream holds, by alert id. */
export type Acknowledgements = Map<string, AlertAcknowledgedData>;

/**
 * An alert is acknowledged once: the same acknowledgement again is a retry and changes nothing;
 * another outcome or note is a conflict (a second call is a new fact the first one must not hide).
 * The caller checks that the alert exists: alerts may live in another stream than this one.
 */
export const acknowledgeAlert: Decider<AcknowledgeAlert, Acknowledgements, AlertAcknowledged> = {
  initialState: () => new Map(),
  evolve(state, event) {
    if (event.type === ALERT_ACKNOWLEDGED) {
      const data = event.data as AlertAcknowledgedData;
      if (!state.has(data.alertId)) state.set(data.alertId, data);
    }
    return state;
  },
  decide(command, state) {
    const earlier = state.get(command.alertId);
    if (earlier) {
      if (earlier.outcome === command.outcome && (earlier.note ?? null) === command.note) return [];
      throw new ConflictError(`alert ${command.alertId} was already acknowledged with outcome ${earlier.outcome}`);
    }
    return [{ type: ALERT_ACKNOWLEDGED, schemaVersion: 1, data: { alertId: command.alertId, outcome: command.outcome, note: command.note } }];
  },
};
