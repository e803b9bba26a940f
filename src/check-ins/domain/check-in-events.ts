import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

export const CHECKED_IN = 'CheckedIn';
export const CHECKED_OUT = 'CheckedOut';
/** A correction: the check event no longer counts anywhere (its id stays used). */
export const CHECK_IN_VOIDED = 'CheckInVoided';

export const CHECK_IN_SOURCES = ['qr', 'gateway', 'manual'] as const;
export type CheckInSource = (typeof CHECK_IN_SOURCES)[number];

export interface CheckData {
  checkInId: string;
  personId: string;
  venueId: string;
  /** ISO 8601 UTC. */
  at: string;
  source: CheckInSource;
}

export type CheckEventRecorded = DomainEvent<typeof CHECKED_IN | typeof CHECKED_OUT, CheckData>;

export interface CheckInVoidedData {
  checkInId: string;
  reason: string;
}

export type CheckInVoided = DomainEvent<typeof CHECK_IN_VOIDED, CheckInVoidedData>;

/** Movement data has streams of its own so that retention can drop it while case records stay. */
export const checkInStream = (personId: string): string => `checkins-${personId}`;
