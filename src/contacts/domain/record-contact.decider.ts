import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { ConflictError, FieldError, InvalidInputError } from '../../platform/errors.js';
import { sameDetails } from '../../platform/same-details.js';
import { toIso } from '../../platform/time/instants.js';
import { assertNotInFuture } from '../../platform/time/not-in-future.js';
import { CONTACT_RECORDED, ContactData, ContactRecorded, ContactSettingName } from './contact-events.js';

export interface RecordContact {
  contactId: string;
  personA: string;
  personB: string;
  from: number;
  to: number;
  setting: ContactSettingName;
  source: string;
}

export interface ContactState {
  contact: ContactData | null;
}

export const recordContact: Decider<RecordContact, ContactState, ContactRecorded> = {
  initialState: () => ({ contact: null }),
  evolve: (state, event) => (event.type === CONTACT_RECORDED ? { contact: event.data as ContactData } : state),
  decide(command, state, now) {
    const errors: FieldError[] = [];
    if (command.personA === command.personB) errors.push({ field: 'personB', message: 'must differ from personA' });
    if (command.to < command.from) errors.push({ field: 'to', message: 'must not be before from' });
    if (errors.length > 0) throw new InvalidInputError(errors);
    assertNotInFuture({ from: command.from, to: command.to }, now);
    const data: ContactData = { ...command, from: toIso(command.from), to: toIso(command.to) };
    if (state.contact) {
      if (sameDetails(state.contact, data)) return [];
      throw new ConflictError(`contact ${command.contactId} was already recorded with other data`);
    }
    return [{ type: CONTACT_RECORDED, schemaVersion: 1, data }];
  },
};
