import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

export const PERSON_REGISTERED = 'PersonRegistered';
export const PERSON_DATA_ERASED = 'PersonDataErased';

export interface PersonDetails {
  personId: string;
  fullName: string;
  phone?: string | null;
  nationalId?: string | null;
  dateOfBirth?: string | null;
  address?: string | null;
  unit?: string | null;
}

export type PersonRegistered = DomainEvent<typeof PERSON_REGISTERED, PersonDetails>;
export type PersonDataErased = DomainEvent<typeof PERSON_DATA_ERASED, { personId: string }>;

export const personStream = (personId: string): string => `person-${personId}`;
