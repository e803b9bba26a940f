import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { invalid, NotFoundError } from '../../platform/errors.js';
import { CORRECTABLE_FIELDS, PERSON_DETAILS_CORRECTED, PersonCorrection, PersonDetailsCorrected } from './person-events.js';
import { evolvePersonRecord, PersonRecord } from './person-record.js';

export interface CorrectPerson {
  personId: string;
  /** The fields to set; null clears an optional field; absent ones stay as they are. */
  fields: PersonCorrection;
}

/**
 * Records only the fields that differ from the record as it stands, so the same correction again
 * records nothing and answers the same.
 */
export const correctPerson: Decider<CorrectPerson, PersonRecord, PersonDetailsCorrected> = {
  initialState: () => null,
  evolve: evolvePersonRecord,
  decide({ personId, fields }, record) {
    const given = CORRECTABLE_FIELDS.filter((f) => fields[f] !== undefined);
    if (given.length === 0) throw invalid('body', `give at least one of ${CORRECTABLE_FIELDS.join(', ')}`);
    if (fields.fullName === null) throw invalid('fullName', 'must not be null: a person always has a name');
    if (!record) throw new NotFoundError('person', personId);
    const current = record as unknown as Record<string, unknown>;
    const changed = given.filter((f) => (current[f] ?? null) !== (fields[f] ?? null));
    if (changed.length === 0) return [];
    const data = Object.fromEntries(changed.map((f) => [f, fields[f] ?? null]));
    return [{ type: PERSON_DETAILS_CORRECTED, schemaVersion: 1, data: { personId, ...data } }];
  },
};
