import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import type { ExposureAlertData, ExposureAlertDataV1 } from './alert-events.js';

/**
 * An ExposureAlertRaised of any version as version 2: a version 1 alert named one case and did
 * not record the last exposure, so it names that case alone and says it does not know the other.
 */
export function upcastAlert(event: Pick<DomainEvent, 'schemaVersion' | 'data'>): ExposureAlertData {
  if (event.schemaVersion >= 2) return event.data as ExposureAlertData;
  const { alertId, caseId, personId, level, exposedAt, via, recommendation } = event.data as ExposureAlertDataV1;
  return { alertId, personId, level, caseIds: [caseId], exposedAt, lastExposedAt: null, via, recommendation };
}
