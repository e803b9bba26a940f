import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError } from '../../platform/errors.js';
import { sameDetails } from '../../platform/same-details.js';
import { VENUE_REGISTERED, VenueDetails, VenueRegistered } from './venue-events.js';

export interface VenueState {
  venue: VenueDetails | null;
}

export const registerVenue: Decider<VenueDetails, VenueState, VenueRegistered> = {
  initialState: () => ({ venue: null }),
  evolve: (state, event) => (event.type === VENUE_REGISTERED ? { venue: event.data as VenueDetails } : state),
  decide(command, state) {
    if (state.venue) {
      if (sameDetails(state.venue, command)) return [];
      throw new ConflictError(`venue ${command.venueId} is already registered with other data`);
    }
    return [{ type: VENUE_REGISTERED, schemaVersion: 1, data: command }];
  },
};
