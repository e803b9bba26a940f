import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import type { VenueDetails } from '../../venues/domain/venue-events.js';

export type VenueView = ReturnType<typeof presentVenue>;

export function presentVenue(v: VenueDetails) {
  return { venueId: v.venueId, name: v.name, address: v.address ?? null, kind: v.kind, defaultStayMinutes: v.defaultStayMinutes };
}

export const VENUE_COLUMNS: CsvColumn<VenueView>[] = [
  { header: 'venueId', value: (v) => v.venueId },
  { header: 'name', value: (v) => v.name, text: true },
  { header: 'address', value: (v) => v.address, text: true },
  { header: 'kind', value: (v) => v.kind },
  { header: 'defaultStayMinutes', value: (v) => v.defaultStayMinutes },
];
