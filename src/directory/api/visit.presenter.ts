import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import type { KeyShape, SortKey } from '../../platform/http/paging/cursor.js';
import { toIso } from '../../platform/time/instants.js';
import type { ScannedVisit } from '../application/visits/visit-reader.js';

/** A visit with the scans it was derived from; an end without a scan behind it is marked estimated. */
export function presentVisit(v: ScannedVisit) {
  return {
    personId: v.personId,
    venueId: v.venueId,
    start: toIso(v.start),
    end: toIso(v.end),
    startEstimated: v.startEstimated,
    endEstimated: v.endEstimated,
    scans: v.scans.map((s) => ({ checkInId: s.checkInId, direction: s.direction, at: toIso(s.at), source: s.source })),
  };
}

export type VisitView = ReturnType<typeof presentVisit>;

/** Paging keys: unique, because every scan belongs to exactly one visit. */
export const VISIT_KEY_SHAPE: KeyShape = ['number', 'string', 'number', 'string'];
export const personVisitKey = (v: ScannedVisit): SortKey => [v.start, v.venueId, v.end, v.scans[0].checkInId];
export const venueVisitKey = (v: ScannedVisit): SortKey => [v.start, v.personId, v.end, v.scans[0].checkInId];

/** A scan in a CSV cell: `in 2021-07-10T01:00:00.000Z qr c-1`. */
export const scanCell = (s: VisitView['scans'][number]): string => `${s.direction} ${s.at} ${s.source} ${s.checkInId}`;

/** The scans of a visit in one cell: `in 2021-07-10T01:00:00.000Z qr c-1; out …`. */
export const scansCell = (v: VisitView): string => v.scans.map(scanCell).join('; ');

export const VISIT_COLUMNS: CsvColumn<VisitView>[] = [
  { header: 'start', value: (v) => v.start, instant: true },
  { header: 'end', value: (v) => v.end, instant: true },
  { header: 'startEstimated', value: (v) => v.startEstimated },
  { header: 'endEstimated', value: (v) => v.endEstimated },
  { header: 'scans', value: scansCell },
];
