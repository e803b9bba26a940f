import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { registerVenue } from './register-venue.decider.js';
import type { VenueDetails } from './venue-events.js';

/** A venue's record as the read side shows it: its stream folded by the same evolve the commands use. */
export function venueRecordOf(events: readonly DomainEvent[]): VenueDetails | null {
  return events.reduce(registerVenue.evolve, registerVenue.initialState()).venue;
}
