import type { AlertMessage } from '../../../libs/messaging/alert-publisher.port.js';
import type { CsvColumn } from '../../platform/http/csv/csv-column.js';

/** The alert list as a follow-up team's spreadsheet: one alert per row, the via hop and advice flattened. */
export const ALERT_COLUMNS: CsvColumn<AlertMessage>[] = [
  { header: 'alertId', value: (a) => a.alertId },
  { header: 'personId', value: (a) => a.personId },
  { header: 'caseId', value: (a) => a.caseId },
  { header: 'level', value: (a) => a.level },
  { header: 'exposedAt', value: (a) => a.exposedAt, instant: true },
  { header: 'viaKind', value: (a) => a.via.kind },
  { header: 'viaFromPersonId', value: (a) => a.via.fromPersonId },
  { header: 'viaVenueId', value: (a) => a.via.venueId },
  { header: 'viaContactId', value: (a) => a.via.contactId },
  { header: 'isolation', value: (a) => a.recommendation?.isolation },
  { header: 'isolationUntil', value: (a) => a.recommendation?.until, instant: true },
  { header: 'advice', value: (a) => a.recommendation?.advice, text: true },
  { header: 'raisedAt', value: (a) => a.raisedAt, instant: true },
  { header: 'cursor', value: (a) => a.position },
];
