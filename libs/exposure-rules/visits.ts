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
 * Turns the check events of one person into visits (DESIGN 3, "Visits", rules 1-4).
 * The input is treated as a set: it is sorted first and exact duplicates (a re-delivered scan)
 * count once, so late or repeated uploads give the same visits as timely ones.
 */
export function deriveVisits(
  checks: readonly CheckEvent[],
  stayMinutesOf: (venueId: string) => number,
  cfg: RulesConfig,
): Visit[] {
  const stay = (venueId: string): number => stayMinutesOf(venueId) * MINUTE;
  const maxStay = cfg.maxStayHours * 60 * MINUTE;
  const sorted = [...checks].sort(compareChecks);
  const visits: Visit[] = [];
  let open: Visit | null = null; // `end` is unknown while open
  let previousAt: number | null = null;

  // An open visit without a matching check-out ends at the latest at its venue's stay.
  const closeCapped = (at: number): void => {
    if (open) visits.push({ ...open, end: Math.min(at, open.start + stay(open.venueId)) });
    open = null;
  };

  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (i > 0 && compareChecks(sorted[i - 1], e) === 0) continue; // the same scan delivered twice
    const sameVenueOpen: Visit | null = open !== null && open.venueId === e.venueId ? open : null;
    if (e.direction === 'in') {
      // Rule 1: a second scan within the stay is a double scan and changes nothing.
      if (!(sameVenueOpen && e.at - sameVenueOpen.start <= stay(e.venueId))) {
        closeCapped(e.at);
        open = { personId: e.personId, venueId: e.venueId, start: e.at, end: e.at };
      }
    } else if (sameVenueOpen && e.at - sameVenueOpen.start <= maxStay) {
      // Rule 2: a plausible check-out closes the visit it belongs to.
      visits.push({ ...sameVenueOpen, end: e.at });
      open = null;
    } else {
      // Rules 2-3: an orphan check-out; its arrival scan was missed, so assume a stay ending here,
      // but not before the person's previous scan, which shows they were elsewhere then.
      closeCapped(e.at);
      const start = Math.max(e.at - stay(e.venueId), previousAt ?? -Infinity);
      visits.push({ personId: e.personId, venueId: e.venueId, start, end: e.at });
    }
    previousAt = e.at;
  }
  // Rule 4: still open after the last event.
  closeCapped(Infinity);
  return visits.sort(compareVisits);
}
