import type { DomainEvent } from '../../../platform/event-sourcing/domain-event.js';
import type { KeyShape, SortKey } from '../../../platform/http/paging/cursor.js';
import { pageOf, type Page } from '../../../platform/http/paging/page.js';
import { SortedRecords } from '../../../platform/read-model/sorted-records.js';
import { foldForSearch } from '../../../platform/text/fold-for-search.js';
import { registerVenue } from '../../../venues/domain/register-venue.decider.js';
import type { VenueDetails } from '../../../venues/domain/venue-events.js';

interface VenueEntry {
  record: VenueDetails;
  /** Name and address folded, for `q`. */
  folded: string;
  sortName: string;
}

/** The sort key of the venue list: folded name, then id. */
export const VENUE_KEY_SHAPE: KeyShape = ['string', 'string'];

/** Every registered venue, listed by name (folded) then id; `q` matches words of the name or address. */
export class VenueDirectory {
  private readonly venues = new SortedRecords<VenueEntry>((e) => [e.sortName, e.record.venueId]);

  apply(event: DomainEvent): void {
    if (!event.type.startsWith('Venue')) return;
    const venueId = (event.data as { venueId?: string }).venueId;
    if (venueId === undefined) return;
    const previous = this.venues.get(venueId)?.record ?? null;
    const record = registerVenue.evolve({ venue: previous }, event).venue;
    if (!record || record === previous) return;
    const sortName = foldForSearch(record.name);
    this.venues.put(venueId, { record, sortName, folded: `${sortName} ${foldForSearch(record.address ?? '')}` });
  }

  get(venueId: string): VenueDetails | undefined {
    return this.venues.get(venueId)?.record;
  }

  find(words: string[] | undefined, after: SortKey | null, limit: number): Page<VenueDetails> {
    const keep = (e: VenueEntry) => words === undefined || words.every((w) => e.folded.includes(w));
    const page = pageOf(this.venues.sorted(), this.venues, after, limit, keep);
    return { items: page.items.map((e) => e.record), next: page.next };
  }
}
