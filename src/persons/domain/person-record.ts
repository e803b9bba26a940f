import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';
import { PERSON_DETAILS_CORRECTED, PERSON_REGISTERED, PersonCorrection, PersonDetails } from './person-events.js';

/**
 * A person's details as they stand: the registration with every correction folded over it. Every
 * read of a person's record folds the stream with this, so a correction shows wherever the
 * details do.
 */
export type PersonRecord = PersonDetails | null;

export function evolvePersonRecord(record: PersonRecord, event: DomainEvent): PersonRecord {
  if (event.type === PERSON_REGISTERED) return { ...(event.data as PersonDetails) };
  if (event.type === PERSON_DETAILS_CORRECTED && record) return { ...record, ...(event.data as PersonCorrection), personId: record.personId };
  return record;
}

/** A person's record as the read side shows it: their whole stream folded. */
export function personRecordOf(events: readonly DomainEvent[]): PersonRecord {
  return events.reduce(evolvePersonRecord, null);
}
