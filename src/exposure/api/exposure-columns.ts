import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import { exposureReasonColumns } from './exposure-reason-columns.js';
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
  ...exposureReasonColumns<ExposureCsvRow>(),
];
