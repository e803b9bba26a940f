import type { Decider } from '../../platform/event-sourcing/domain-event.js';
import { isNewVoid } from '../../platform/corrections/void-decision.js';
import { CONTACT_RECORDED, CONTACT_VOIDED, ContactVoided, ContactVoidedData } from './contact-events.js';

export interface VoidContact {
  contactId: string;
  reason: string;
}

export interface ContactVoidState {
  held: boolean;
  voidedWith: string | null;
}

export const voidContact: Decider<VoidContact, ContactVoidState, ContactVoided> = {
  initialState: () => ({ held: false, voidedWith: null }),
  evolve(state, event) {
    if (event.type === CONTACT_RECORDED) return { ...state, held: true };
    if (event.type === CONTACT_VOIDED) return { ...state, voidedWith: (event.data as ContactVoidedData).reason };
    return state;
  },
  decide({ contactId, reason }, state) {
    return isNewVoid('contact', contactId, state, reason) ? [{ type: CONTACT_VOIDED, schemaVersion: 1, data: { contactId, reason } }] : [];
  },
};
