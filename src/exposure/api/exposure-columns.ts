import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import type { presentExposurePage } from './exposure.presenter.js';

export type ExposureCsvRow = ReturnType<typeof presentExposurePage>['exposures'][number];

/**
 * A case's exposures as the rapid-response team's list: who to call, their level, why (the via hop
 * flattened) and what the policy recommends, with the quarantine's end in local time beside UTC.
 */
export const EXPOSURE_COLUMNS: CsvColumn<ExposureCsvRow>[] = [
  { header: 'personId', value: (e) => e.personId },
  { header: 'fullName', value: (e) => e.fullName, personal: true, text: true },
  { header: 'phone', value: (e) => e.phone, personal: true },
  { header: 'unit', value: (e) => e.unit, personal: true, text: true },
  { header: 'level', value: (e) => `F${e.level}` },
  { header: 'confirmedCase', value: (e) => e.confirmedCase },
  { header: 'exposedAt', value: (e) => e.exposedAt, instant: true },
  { header: 'lastExposedAt', value: (e) => e.lastExposedAt, instant: true },
  { header: 'viaKind', value: (e) => e.via.kind },
  { header: 'viaFromPersonId', value: (e) => e.via.fromPersonId },
  { header: 'viaVenueId', value: (e) => e.via.venueId },
  { header: 'viaContactId', value: (e) => e.via.contactId },
  { header: 'isolation', value: (e) => e.recommendation?.isolation },
  { header: 'isolationUntil', value: (e) => e.recommendation?.until, instant: true },
  { header: 'advice', value: (e) => e.recommendation?.advice, text: true },
];
