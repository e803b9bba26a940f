import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

export const VENUE_REGISTERED = 'VenueRegistered';

export const VENUE_KINDS = [
  'workplace', 'office', 'market', 'shop', 'restaurant', 'school', 'clinic', 'transport', 'checkpoint', 'other',
] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export interface VenueDetails {
  venueId: string;
  name: string;
  address?: string | null;
  kind: VenueKind;
  defaultStayMinutes: number;
}

export type VenueRegistered = DomainEvent<typeof VENUE_REGISTERED, VenueDetails>;

export const venueStream = (venueId: string): string => `venue-${venueId}`;
