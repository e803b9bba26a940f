import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

export const CONTACT_RECORDED = 'ContactRecorded';
/** A correction: the recorded contact no longer counts anywhere (its id stays used). */
export const CONTACT_VOIDED = 'ContactVoided';

export const CONTACT_SETTINGS = ['household', 'workplace', 'transport', 'social', 'healthcare', 'other'] as const;
export type ContactSettingName = (typeof CONTACT_SETTINGS)[number];

export interface ContactData {
  contactId: string;
  personA: string;
  personB: string;
  from: string;
  to: string;
  setting: ContactSettingName;
  source: string;
}

export type ContactRecorded = DomainEvent<typeof CONTACT_RECORDED, ContactData>;

export interface ContactVoidedData {
  contactId: string;
  reason: string;
}

export type ContactVoided = DomainEvent<typeof CONTACT_VOIDED, ContactVoidedData>;

export const contactStream = (contactId: string): string => `contact-${contactId}`;
