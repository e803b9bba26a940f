import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import type { PersonDetails } from './person-events.js';
import { registrationEvolve } from './register-person.decider.js';

/** A person's record as the read side shows it: their stream folded by the same evolve the commands use. */
export function personRecordOf(events: readonly DomainEvent[]): PersonDetails | null {
  return events.reduce(registrationEvolve, { registered: null }).registered;
}
