import type { Decider, DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError } from '../../platform/errors.js';
import { PERSON_REGISTERED, PersonDetails, PersonRegistered } from './person-events.js';
import { sameDetails } from '../../platform/same-details.js';
import { assertBornByNow } from '../../platform/time/calendar-dates.js';

export interface RegistrationState {
  registered: PersonDetails | null;
}

export const registrationEvolve = (state: RegistrationState, event: DomainEvent): RegistrationState =>
  event.type === PERSON_REGISTERED ? { registered: event.data as PersonDetails } : state;

export const registerPerson: Decider<PersonDetails, RegistrationState, PersonRegistered> = {
  initialState: () => ({ registered: null }),
  evolve: registrationEvolve,
  decide(command, state, now) {
    assertBornByNow({ dateOfBirth: command.dateOfBirth }, now);
    if (state.registered) {
      if (sameDetails(state.registered, command)) return [];
      throw new ConflictError(`person ${command.personId} is already registered with other data`);
    }
    return [{ type: PERSON_REGISTERED, schemaVersion: 1, data: command }];
  },
};
