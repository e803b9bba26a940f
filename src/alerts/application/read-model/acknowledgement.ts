import type { StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { ALERT_ACKNOWLEDGED, AlertAcknowledgedData, AlertOutcome } from '../../domain/alert-events.js';

/** How an alert was followed up, as the list shows it: the call's outcome, and who logged it when. */
export interface Acknowledgement {
  outcome: AlertOutcome;
  note: string | null;
  at: string;
  by: string;
}

export function isAlertAcknowledged(event: StoredEvent): boolean {
  return event.type === ALERT_ACKNOWLEDGED;
}

export function acknowledgementOf(event: StoredEvent): { alertId: string; acknowledgement: Acknowledgement } {
  const data = event.data as unknown as AlertAcknowledgedData;
  return {
    alertId: data.alertId,
    acknowledgement: { outcome: data.outcome, note: data.note ?? null, at: event.metadata.recordedAt, by: event.metadata.actor },
  };
}
