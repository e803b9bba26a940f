import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

export const PERSON_REGISTERED = 'PersonRegistered';
export const PERSON_DATA_ERASED = 'PersonDataErased';
/** A correction of a person's details: only the fields that changed; null clears an optional one. */
export const PERSON_DETAILS_CORRECTED = 'PersonDetailsCorrected';

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
/** The details a correction may change (not the id). */
export const CORRECTABLE_FIELDS = ['fullName', 'phone', 'nationalId', 'dateOfBirth', 'address', 'unit'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type PersonCorrection = Partial<Omit<PersonDetails, 'personId'>>;

export type PersonDetailsCorrected = DomainEvent<typeof PERSON_DETAILS_CORRECTED, { personId: string } & PersonCorrection>;
export type PersonDataErased = DomainEvent<typeof PERSON_DATA_ERASED, { personId: string }>;

/** Two registrations of one human: `mergedId`'s facts count for `keptId` from then on. Recorded in person-<keptId>. */
export const PERSONS_MERGED = 'PersonsMerged';
export interface PersonsMergedData {
  keptId: string;
  mergedId: string;
  reason: string | null;
}
export type PersonsMerged = DomainEvent<typeof PERSONS_MERGED, PersonsMergedData>;

export const personStream = (personId: string): string => `person-${personId}`;
