import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import type { ListedAlert } from '../application/read-model/alert-feed.js';
import type { PersonCard } from '../../persons/application/read-model/person-directory.js';

/** An alert of the list with, in a CSV export, who to call. */
export type CallListRow = ListedAlert & { contact?: PersonCard | null };

/**
 * The alert list as the rapid-response team's call list: one alert per row, who to call, why (the
 * via hop and advice flattened) and how the call went.
 */
export const ALERT_COLUMNS: CsvColumn<CallListRow>[] = [
  { header: 'alertId', value: (a) => a.alertId },
  { header: 'personId', value: (a) => a.personId },
  { header: 'fullName', value: (a) => a.contact?.fullName, personal: true, text: true },
  { header: 'phone', value: (a) => a.contact?.phone, personal: true },
  { header: 'caseId', value: (a) => a.caseId },
  { header: 'caseIds', value: (a) => a.caseIds.join(' ') },
  { header: 'level', value: (a) => a.level },
  { header: 'exposedAt', value: (a) => a.exposedAt, instant: true },
  { header: 'lastExposedAt', value: (a) => a.lastExposedAt, instant: true },
  { header: 'viaKind', value: (a) => a.via.kind },
  { header: 'viaFromPersonId', value: (a) => a.via.fromPersonId },
  { header: 'viaVenueId', value: (a) => a.via.venueId },
  { header: 'viaContactId', value: (a) => a.via.contactId },
  { header: 'isolation', value: (a) => a.recommendation?.isolation },
  { header: 'isolationUntil', value: (a) => a.recommendation?.until, instant: true },
  { header: 'advice', value: (a) => a.recommendation?.advice, text: true },
  { header: 'raisedAt', value: (a) => a.raisedAt, instant: true },
  { header: 'outcome', value: (a) => a.acknowledgement?.outcome },
  { header: 'note', value: (a) => a.acknowledgement?.note, text: true },
  { header: 'acknowledgedAt', value: (a) => a.acknowledgement?.at, instant: true },
  { header: 'acknowledgedBy', value: (a) => a.acknowledgement?.by },
  { header: 'cursor', value: (a) => a.position },
];
