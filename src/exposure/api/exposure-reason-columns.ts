import type { CsvColumn } from '../../platform/http/csv/csv-column.js';

/** What a row that puts a person in a chain carries: when, through whom, and what the policy advises. */
export interface ExposureReason {
  exposedAt: string;
  lastExposedAt: string | null;
  via: { kind: string; fromPersonId: string; venueId: string | null; contactId: string | null };
  recommendation?: { isolation: string | null; until: string | number | null; advice: string } | null;
}

/**
 * The columns that explain an exposure on a call list (exposures and alerts alike): the earliest
 * and last exposure, the via hop flattened, and the recommended isolation with its end.
 */
export function exposureReasonColumns<R extends ExposureReason>(): CsvColumn<R>[] {
  return [
    { header: 'exposedAt', value: (r) => r.exposedAt, instant: true },
    { header: 'lastExposedAt', value: (r) => r.lastExposedAt, instant: true },
    { header: 'viaKind', value: (r) => r.via.kind },
    { header: 'viaFromPersonId', value: (r) => r.via.fromPersonId },
    { header: 'viaVenueId', value: (r) => r.via.venueId },
    { header: 'viaContactId', value: (r) => r.via.contactId },
    { header: 'isolation', value: (r) => r.recommendation?.isolation },
    { header: 'isolationUntil', value: (r) => r.recommendation?.until, instant: true },
    { header: 'advice', value: (r) => r.recommendation?.advice, text: true },
  ];
}
