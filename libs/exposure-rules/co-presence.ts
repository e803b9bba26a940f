import type { ContactSource } from './contact-source.js';
import type { BestHops, Hop } from './hops.js';
import type { Visit } from './types.js';
import { firstStartingAt } from './sorted-by-start.js';

/** A source's visit cut to the source's window: while others there were exposed to them. */
export interface AskedVisit {
  personId: string;
  visit: Visit;
  start: number;
  end: number;
}

/**
 * The co-presence hops at one venue from every source of a level at once (DESIGN 3, "Qualifying
 * contact"): I = the two visits' overlap, qualifying when |I ∩ W| >= minOverlap, exposedAt =
 * start(I ∩ W), and the last exposure the latest end(I ∩ W). The venue is read once per run of overlapping asked intervals and each visit
 * there is checked against the levelled set once, however many sources shared the venue: at a
 * busy workplace most of the people met were levelled already.
 */
export function coPresenceAt(
  source: ContactSource,
  venueId: string,
  asked: AskedVisit[],
  levelled: ReadonlySet<string>,
  minOverlapMs: number,
  best: BestHops,
): void {
  asked.sort((a, b) => a.start - b.start);
  const scratch: Hop = {
    personId: '',
    exposedAt: 0,
    via: { fromPersonId: '', kind: 'co-presence', venueId, contactId: null, from: 0, to: 0 },
  };
  for (let first = 0; first < asked.length; ) {
    let last = first + 1;
    let end = asked[first].end;
    let longest = asked[first].end - asked[first].start;
    for (; last < asked.length && asked[last].start <= end; last++) {
      end = Math.max(end, asked[last].end);
      longest = Math.max(longest, asked[last].end - asked[last].start);
    }
    const run = asked.slice(first, last);
    for (const other of source.visitsAt(venueId, asked[first].start, end)) {
      if (levelled.has(other.personId)) continue;
      // Only the asked intervals that can meet `other`: they start in [other.start - longest, other.end].
      for (let k = firstStartingAt(run, other.start - longest); k < run.length && run[k].start <= other.end; k++) {
        const a = run[k];
        const known = best.get(other.personId);
        // This and every later one expose later than the known hop: they can only extend the last
        // exposure, which ends by other.end at the latest.
        const later = known !== undefined && a.start > known.exposedAt;
        if (later && known.lastExposedAt >= other.end) break;
        if (other.personId === a.personId) continue;
        const exposedAt = Math.max(a.start, other.start);
        const lastAt = Math.min(a.end, other.end);
        if (lastAt - exposedAt < minOverlapMs) continue;
        if (later) {
          best.extend(other.personId, lastAt);
          continue;
        }
        scratch.personId = other.personId;
        scratch.exposedAt = exposedAt;
        scratch.via.fromPersonId = a.personId;
        scratch.via.from = Math.max(a.visit.start, other.start);
        scratch.via.to = Math.min(a.visit.end, other.end);
        best.offer(scratch, lastAt);
      }
    }
    first = last;
  }
}
