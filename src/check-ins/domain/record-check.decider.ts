import type { Decider, DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError } from '../../platform/errors.js';
import { sameDetails } from '../../platform/same-details.js';
import { toIso } from '../../platform/time/instants.js';
import { assertNotInFuture } from '../../platform/time/not-in-future.js';
import { CHECKED_IN, CHECKED_OUT, CheckData, CheckEventRecorded, CheckInSource } from './check-in-events.js';

export interface RecordCheck {
  checkInId: string;
  personId: string;
  venueId: string;
  direction: 'in' | 'out';
  at: number;
  source: CheckInSource;
}

/** The check events already in the person's stream, by checkInId, with their direction. */
export type CheckHistory = Map<string, { type: string; data: CheckData }>;

export const recordCheck: Decider<RecordCheck, CheckHistory, CheckEventRecorded> = {
  initialState: () => new Map(),
  evolve(state, event: DomainEvent) {
    if (event.type === CHECKED_IN || event.type === CHECKED_OUT) {
      const data = event.data as CheckData;
      state.set(data.checkInId, { type: event.type, data });
    }
    return state;
  },
  decide(command, state, now) {
    assertNotInFuture({ at: command.at }, now);
    const type = command.direction === 'in' ? CHECKED_IN : CHECKED_OUT;
    const data: CheckData = {
      checkInId: command.checkInId,
      personId: command.personId,
      venueId: command.venueId,
      at: toIso(command.at),
      source: command.source,
    };
    const existing = state.get(command.checkInId);
    if (existing) {
      if (existing.type === type && sameDetails(existing.data, data)) return [];
      throw new ConflictError(`check-in ${command.checkInId} was already recorded with other data`);
    }
    return [{ type, schemaVersion: 1, data }];
  },
};
