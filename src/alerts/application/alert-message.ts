import type { StoredEvent } from '../../../libs/event-store/event-store.port.js';
import type { AlertMessage } from '../../../libs/messaging/alert-publisher.port.js';
import { EXPOSURE_ALERT_RAISED } from '../domain/alert-events.js';
import { upcastAlert } from '../domain/upcast-alert.js';

export function isAlertRaised(event: StoredEvent): boolean {
  return event.type === EXPOSURE_ALERT_RAISED;
}

/** A logged ExposureAlertRaised, of any version, as it is published and listed: its data, its event id, time and position. */
export function alertMessageOf(event: StoredEvent): AlertMessage {
  const data = upcastAlert(event);
  return {
    schemaVersion: 2,
    eventId: event.metadata.eventId,
    alertId: data.alertId,
    caseId: data.caseIds[0],
    caseIds: data.caseIds,
    personId: data.personId,
    level: data.level,
    exposedAt: data.exposedAt,
    lastExposedAt: data.lastExposedAt,
    via: data.via,
    recommendation: data.recommendation,
    raisedAt: event.metadata.recordedAt,
    position: event.position.toString(),
  };
}
