import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import { compareKeys, type SortKey } from '../../platform/http/paging/cursor.js';
import { pageOf } from '../../platform/http/paging/page.js';
import { toIso } from '../../platform/time/instants.js';
import type { PersonVisits, ScannedVisit, VoidedScan } from '../application/visits/visit-reader.js';
import { personVisitKey, presentVisit, scanCell, scansCell, type VisitView } from './visit.presenter.js';

type VenueName = (venueId: string) => string | null;

export type PersonVisitView = VisitView & { venueName: string | null };
export type VoidedScanView = ReturnType<typeof presentVoidedScan>;

function presentVoidedScan(s: VoidedScan, venueName: VenueName) {
  return {
    checkInId: s.checkInId,
    direction: s.direction,
    at: toIso(s.at),
    source: s.source,
    venueId: s.venueId,
    venueName: venueName(s.venueId),
    voided: { at: toIso(s.voided.at), by: s.voided.by, reason: s.voided.reason },
  };
}

type Entry = { visit: ScannedVisit; key: SortKey } | { voided: VoidedScan; key: SortKey };

/**
 * One page of the person's visits and voided scans, together in time order: a voided scan sorts
 * as a moment at its venue, keyed like a visit (`VISIT_KEY_SHAPE`), so one cursor pages both and
 * every entry comes once.
 */
export function presentPersonVisitsPage(found: PersonVisits, after: SortKey | null, limit: number, venueName: VenueName) {
  const entries: Entry[] = [
    ...found.visits.map((visit) => ({ visit, key: personVisitKey(visit) })),
    ...found.voidedScans.map((voided) => ({ voided, key: [voided.at, voided.venueId, voided.at, voided.checkInId] })),
  ].sort((a, b) => compareKeys(a.key, b.key));
  const page = pageOf(entries, { keyOf: (e) => e.key }, after, limit);
  const visits: PersonVisitView[] = [];
  const voidedScans: VoidedScanView[] = [];
  for (const e of page.items) {
    if ('visit' in e) visits.push({ ...presentVisit(e.visit), venueName: venueName(e.visit.venueId) });
    else voidedScans.push(presentVoidedScan(e.voided, venueName));
  }
  return { visits, voidedScans, next: page.next };
}

/** A CSV line of the person's record: a visit, or a voided scan (no end; `voided` true, with who, when and why). */
interface PersonVisitRow {
  personId: string;
  visit: PersonVisitView | null;
  voided: VoidedScanView | null;
  start: string;
}

/** The page's visits and voided scans as CSV lines, in time order. */
export function personVisitRows(body: { personId: string; visits: PersonVisitView[]; voidedScans: VoidedScanView[] }): PersonVisitRow[] {
  const { personId } = body;
  const rows = [
    ...body.visits.map((visit) => ({ personId, visit, voided: null, start: visit.start })),
    ...body.voidedScans.map((voided) => ({ personId, visit: null, voided, start: voided.at })),
  ];
  // UTC ISO strings of one format sort as the instants do.
  return rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

export const PERSON_VISIT_COLUMNS: CsvColumn<PersonVisitRow>[] = [
  { header: 'personId', value: (r) => r.personId },
  { header: 'venueId', value: (r) => (r.visit ?? r.voided)?.venueId },
  { header: 'venueName', value: (r) => (r.visit ?? r.voided)?.venueName, text: true },
  { header: 'start', value: (r) => r.start, instant: true },
  { header: 'end', value: (r) => r.visit?.end, instant: true },
  { header: 'startEstimated', value: (r) => r.visit?.startEstimated },
  { header: 'endEstimated', value: (r) => r.visit?.endEstimated },
  { header: 'scans', value: (r) => (r.visit ? scansCell(r.visit) : scanCell(r.voided!)) },
  { header: 'voided', value: (r) => r.voided !== null },
  { header: 'voidedAt', value: (r) => r.voided?.voided.at, instant: true },
  { header: 'voidedBy', value: (r) => r.voided?.voided.by },
  { header: 'voidReason', value: (r) => r.voided?.voided.reason, text: true },
];
