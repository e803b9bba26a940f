import { compareStrings } from './compare.js';
import type { CheckEvent, RulesConfig, Visit } from './types.js';

const MINUTE = 60_000;

/**
 * DESIGN 3 orders a person's checks by time, `out` before `in`, then checkInId. Venue and person
 * extend that to a total order, so even two malformed events sharing a checkInId are processed
 * in the same order whatever order they arrived in.
 */
function compareChecks(a: CheckEvent, b: CheckEvent): number {
  return (
    a.at - b.at ||
    (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
    compareStrings(a.checkInId, b.checkInId) ||
    compareStrings(a.venueId, b.venueId) ||
    compareStrings(a.personId, b.personId)
  );
}

/** The order deriveVisits returns a person's visits in. */
export function compareVisits(a: Visit, b: Visit): number {
  return a.start - b.start || compareStrings(a.venueId, b.venueId) || a.end - b.end || compareStrings(a.personId, b.personId);
}

/**
 * Receives each visit as the rules derive it, with the run of sorted checks behind it
 * (`first`..`last`, inclusive: a visit's scans are always consecutive in time order) and whether
 * its start and end are estimates rather than scans.
 */
type VisitSink = (visit: Visit, first: number, last: number, startEstimated: boolean, endEstimated: boolean) => void;

/**
 * The rules of DESIGN 3 "Visits" over checks sorted by compareChecks. One walk serves both the
 * engine (which keeps only the visits) and the read side (which shows the scans behind each).
 */
function walkVisits(sorted: readonly CheckEvent[], stayMinutesOf: (venueId: string) => number, cfg: RulesConfig, emit: VisitSink): void {
  const stay = (venueId: string): number => stayMinutesOf(venueId) * MINUTE;
  const maxStay = cfg.maxStayHours * 60 * MINUTE;
  let open: Visit | null = null; // `end` is unknown while open
  let openedAt = -1; // index of the scan that opened it
  let lastScan = -1; // index of its latest scan (double scans included)
  let previousAt: number | null = null;

  // An open visit without a matching check-out ends at the latest at its venue's stay.
  const closeCapped = (at: number): void => {
    if (open) emit({ ...open, end: Math.min(at, open.start + stay(open.venueId)) }, openedAt, lastScan, false, true);
    open = null;
  };

  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (i > 0 && compareChecks(sorted[i - 1], e) === 0) {
      if (open) lastScan = i; // the same scan delivered twice
      continue;
    }
    const sameVenueOpen: Visit | null = open !== null && open.venueId === e.venueId ? open : null;
    if (e.direction === 'in') {
      // Rule 1: a second scan within the stay is a double scan and changes nothing.
      if (sameVenueOpen && e.at - sameVenueOpen.start <= stay(e.venueId)) {
        lastScan = i;
      } else {
        closeCapped(e.at);
        open = { personId: e.personId, venueId: e.venueId, start: e.at, end: e.at };
        openedAt = lastScan = i;
      }
    } else if (sameVenueOpen && e.at - sameVenueOpen.start <= maxStay) {
      // Rule 2: a plausible check-out closes the visit it belongs to.
      emit({ ...sameVenueOpen, end: e.at }, openedAt, i, false, false);
      open = null;
    } else {
      // Rules 2-3: an orphan check-out; its arrival scan was missed, so assume a stay ending here,
      // but not before the person's previous scan, which shows they were elsewhere then.
      closeCapped(e.at);
      const start = Math.max(e.at - stay(e.venueId), previousAt ?? -Infinity);
      emit({ personId: e.personId, venueId: e.venueId, start, end: e.at }, i, i, true, false);
    }
    previousAt = e.at;
  }
  // Rule 4: still open after the last event.
  closeCapped(Infinity);
}

/**
 * Turns the check events of one person into visits (DESIGN 3, "Visits", rules 1-4).
 * The input is treated as a set: it is sorted first and exact duplicates (a re-delivered scan)
 * count once, so late or repeated uploads give the same visits as timely ones.
 */
export function deriveVisits(
  checks: readonly CheckEvent[],
  stayMinutesOf: (venueId: string) => number,
  cfg: RulesConfig,
): Visit[] {
  const visits: Visit[] = [];
  walkVisits([...checks].sort(compareChecks), stayMinutesOf, cfg, (visit) => visits.push(visit));
  return visits.sort(compareVisits);
}

/** A derived visit with the evidence an investigator needs to judge it. */
export interface ExplainedVisit<C extends CheckEvent = CheckEvent> extends Visit {
  /** No arrival scan: the start is the venue's stay before the check-out (or the previous scan). */
  startEstimated: boolean;
  /** No check-out: the end is the venue's stay after the start (or the next scan elsewhere). */
  endEstimated: boolean;
  /** The scans the visit was derived from, in time order (double scans and re-deliveries included). */
  scans: C[];
}

/** The visits deriveVisits gives, in its order, each with its scans and which ends are estimates. */
export function explainVisits<C extends CheckEvent>(
  checks: readonly C[],
  stayMinutesOf: (venueId: string) => number,
  cfg: RulesConfig,
): ExplainedVisit<C>[] {
  const sorted = [...checks].sort(compareChecks);
  const visits: ExplainedVisit<C>[] = [];
  walkVisits(sorted, stayMinutesOf, cfg, (visit, first, last, startEstimated, endEstimated) =>
    visits.push({ ...visit, startEstimated, endEstimated, scans: sorted.slice(first, last + 1) }),
  );
  return visits.sort(compareVisits);
}
