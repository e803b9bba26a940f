import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import { exposureReasonColumns } from '../../exposure/api/exposure-reason-columns.js';
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
  ...exposureReasonColumns<CallListRow>(),
  { header: 'raisedAt', value: (a) => a.raisedAt, instant: true },
  { header: 'outcome', value: (a) => a.acknowledgement?.outcome },
  { header: 'note', value: (a) => a.acknowledgement?.note, text: true },
  { header: 'acknowledgedAt', value: (a) => a.acknowledgement?.at, instant: true },
  { header: 'acknowledgedBy', value: (a) => a.acknowledgement?.by },
  { header: 'cursor', value: (a) => a.position },
];
