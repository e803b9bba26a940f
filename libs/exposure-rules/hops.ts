import { compareStrings } from './compare.js';
import type { ContactSource } from './contact-source.js';
import { intersect } from './intervals.js';
import type { Interval, RulesConfig, ViaHop } from './types.js';
import { contactClass, windowEnd } from './windows.js';

/** One qualifying contact from a source person: who, when, and the evidence. */
export interface Hop {
  personId: string;
  exposedAt: number;
  via: ViaHop;
}

/**
 * DESIGN's tie-break between exposures of the same person: earliest exposure, then the smaller
 * source, then co-presence before recorded contact, then venue or contact id, then the interval.
 * Total, so the chosen `via` never depends on the order the facts were read in.
 */
export function compareHops(a: Hop, b: Hop): number {
  return (
    a.exposedAt - b.exposedAt ||
    compareStrings(a.via.fromPersonId, b.via.fromPersonId) ||
    (a.via.kind === b.via.kind ? 0 : a.via.kind === 'co-presence' ? -1 : 1) ||
    compareStrings(a.via.venueId ?? a.via.contactId ?? '', b.via.venueId ?? b.via.contactId ?? '') ||
    a.via.from - b.via.from ||
    a.via.to - b.via.to
  );
}

/**
 * Every qualifying contact of `personId` whose window starts at `windowStart` (DESIGN 3,
 * "Windows" and "Qualifying contact"). Reads only this person's visits, contacts and orders, and
 * the visits that share a venue with them inside the window.
 */
export function hopsFrom(
  source: ContactSource,
  personId: string,
  windowStart: number,
  now: number,
  cfg: RulesConfig,
  /** Persons already levelled: skipped before any work, since they can gain nothing. */
  settled: ReadonlySet<string> = new Set(),
  /** The best hops found so far this level: a hop that does not beat them is not returned. */
  known: ReadonlyMap<string, Hop> = new Map(),
): Hop[] {
  const orders = source.ordersOf(personId);
  const windows: Record<'household' | 'other', Interval> = {
    household: { start: windowStart, end: windowEnd(orders, windowStart, now, 'household') },
    other: { start: windowStart, end: windowEnd(orders, windowStart, now, 'other') },
  };
  const minOverlap = cfg.minOverlapMinutes * 60_000;
  const hops: Hop[] = [];

  const w = windows[contactClass(null)];
  const scratch: Hop = {
    personId: '',
    exposedAt: 0,
    via: { fromPersonId: personId, kind: 'co-presence', venueId: null, contactId: null, from: 0, to: 0 },
  };
  for (const visit of source.visitsOf(personId)) {
    const asked = intersect(visit, w);
    if (asked === null) continue;
    for (const other of source.visitsAt(visit.venueId, asked.start, asked.end)) {
      if (other.personId === personId || settled.has(other.personId)) continue;
      // (visit ∩ other) ∩ w, without allocating: this loop is the hot path of every query.
      const exposureStart = Math.max(asked.start, other.start);
      const exposureEnd = Math.min(asked.end, other.end);
      if (exposureEnd - exposureStart < minOverlap) continue;
      const hop: Hop = scratch;
      hop.personId = other.personId;
      hop.exposedAt = exposureStart;
      hop.via.venueId = visit.venueId;
      hop.via.from = Math.max(visit.start, other.start);
      hop.via.to = Math.min(visit.end, other.end);
      const best = known.get(other.personId);
      // Most pairs lose to a hop found earlier this level: compare before allocating.
      if (best !== undefined && compareHops(hop, best) >= 0) continue;
      hops.push({ ...hop, via: { ...hop.via } });
    }
  }

  for (const c of source.contactsOf(personId)) {
    const otherId = c.personA === personId ? c.personB : c.personB === personId ? c.personA : null;
    if (otherId === null || otherId === personId || settled.has(otherId)) continue;
    // A recorded contact counts however short: an investigator saw it happen.
    const exposure = intersect({ start: c.from, end: c.to }, windows[contactClass(c.setting)]);
    if (exposure === null) continue;
    hops.push({
      personId: otherId,
      exposedAt: exposure.start,
      via: { fromPersonId: personId, kind: 'recorded-contact', venueId: null, contactId: c.contactId, from: c.from, to: c.to },
    });
  }
  return hops;
}
