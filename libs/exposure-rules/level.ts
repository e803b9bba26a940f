import { coPresenceAt, type AskedVisit } from './co-presence.js';
import type { ContactSource } from './contact-source.js';
import { BestHops, type FoundHop } from './hops.js';
import { intersect } from './intervals.js';
import type { RulesConfig } from './types.js';
import { contactClass, windowEnd, type ContactClass } from './windows.js';

/** A person of the previous level and the start of their window (their own exposure). */
export interface LevelSource {
  personId: string;
  windowStart: number;
}

/**
 * The next level of a chain (DESIGN 3, "Windows", "Qualifying contact", "Levels"): for every
 * person not yet levelled who had a qualifying contact with a source inside that source's window,
 * the earliest hop by compareHops and the latest end of those contacts. Reads only the sources' facts and the venues they visited.
 */
export function nextLevel(
  source: ContactSource,
  sources: readonly LevelSource[],
  levelled: ReadonlySet<string>,
  now: number,
  cfg: RulesConfig,
): FoundHop[] {
  const best = new BestHops();
  const askedByVenue = new Map<string, AskedVisit[]>();
  for (const { personId, windowStart } of sources) {
    const orders = source.ordersOf(personId);
    const ends: Record<ContactClass, number> = {
      household: windowEnd(orders, windowStart, now, 'household'),
      other: windowEnd(orders, windowStart, now, 'other'),
    };
    for (const visit of source.visitsOf(personId)) {
      const asked = intersect(visit, { start: windowStart, end: ends[contactClass(null)] });
      if (asked === null) continue;
      const atVenue = askedByVenue.get(visit.venueId);
      const entry = { personId, visit, start: asked.start, end: asked.end };
      if (atVenue) atVenue.push(entry);
      else askedByVenue.set(visit.venueId, [entry]);
    }
    for (const c of source.contactsOf(personId)) {
      const otherId = c.personA === personId ? c.personB : c.personB === personId ? c.personA : null;
      if (otherId === null || otherId === personId || levelled.has(otherId)) continue;
      // A recorded contact counts however short: an investigator saw it happen.
      const exposure = intersect({ start: c.from, end: c.to }, { start: windowStart, end: ends[contactClass(c.setting)] });
      if (exposure === null) continue;
      best.offer(
        {
          personId: otherId,
          exposedAt: exposure.start,
          via: { fromPersonId: personId, kind: 'recorded-contact', venueId: null, contactId: c.contactId, from: c.from, to: c.to },
        },
        exposure.end,
      );
    }
  }
  const minOverlapMs = cfg.minOverlapMinutes * 60_000;
  for (const [venueId, asked] of askedByVenue) coPresenceAt(source, venueId, asked, levelled, minOverlapMs, best);
  return best.sorted();
}
