import type { CsvColumn } from '../../platform/http/csv.js';
import { localTime } from '../../platform/time/local-time.js';
import type { ListedAlert } from '../application/read-model/alert-feed.js';
import { caseIdsOf } from '../application/read-model/alert-filter.js';
import type { PersonContact } from '../application/read-model/person-contacts.js';

export type CallListRow = ListedAlert & { contact: PersonContact | undefined };

/** The call list's columns: who to call and why, each time in UTC and in the local zone beside it. */
export function callListColumns(timeZone: string): CsvColumn<CallListRow>[] {
  const local = (iso: string | null | undefined) => localTime(iso, timeZone);
  return [
    { header: 'alertId', value: (r) => r.alertId },
    { header: 'personId', value: (r) => r.personId },
    { header: 'fullName', value: (r) => r.contact?.fullName },
    { header: 'phone', value: (r) => r.contact?.phone },
    { header: 'level', value: (r) => `F${r.level}` },
    { header: 'caseIds', value: (r) => caseIdsOf(r).join(' ') },
    { header: 'exposedAt', value: (r) => r.exposedAt },
    { header: `exposedAt (${timeZone})`, value: (r) => local(r.exposedAt) },
    { header: 'recommendation', value: (r) => r.recommendation?.advice },
    { header: 'recommendedUntil', value: (r) => r.recommendation?.until },
    { header: `recommendedUntil (${timeZone})`, value: (r) => local(r.recommendation?.until) },
    { header: 'raisedAt', value: (r) => r.raisedAt },
    { header: `raisedAt (${timeZone})`, value: (r) => local(r.raisedAt) },
    { header: 'outcome', value: (r) => r.acknowledgement?.outcome },
    { header: 'note', value: (r) => r.acknowledgement?.note },
    { header: 'acknowledgedAt', value: (r) => r.acknowledgement?.at },
    { header: `acknowledgedAt (${timeZone})`, value: (r) => local(r.acknowledgement?.at) },
    { header: 'acknowledgedBy', value: (r) => r.acknowledgement?.by },
  ];
}
