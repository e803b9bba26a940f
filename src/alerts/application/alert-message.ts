import type { StoredEvent } from '../../../libs/event-store/event-store.port.js';
import type { AlertMessage } from '../../../libs/messaging/alert-publisher.port.js';
import { EXPOSURE_ALERT_RAISED, ExposureAlertData } from '../domain/alert-events.js';

export function isAlertRaised(event: StoredEvent): boolean {
  return event.type === EXPOSURE_ALERT_RAISED;
}

/** A logged ExposureAlertRaised as it is published and listed: its data, its event id, time and position. */
export function alertMessageOf(event: StoredEvent): AlertMessage {
  const data = event.data as unknown as ExposureAlertData;
  return {
    schemaVersion: 1,
    eventId: event.metadata.eventId,
    alertId: data.alertId,
    caseId: data.caseId,
    personId: data.personId,
    level: data.level,
    exposedAt: data.exposedAt,
    via: data.via,
    recommendation: data.recommendation,
    raisedAt: event.metadata.recordedAt,
    position: event.position.toString(),
  };
}
