import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

/*
 * The log's schema of an alert. The message on the wire (libs/messaging AlertMessage) is a contract
 * of its own that the outbox maps to: each can evolve under its own schemaVersion.
 */

export const EXPOSURE_ALERT_RAISED = 'ExposureAlertRaised';

/** The hop that exposed the person, as the exposures answer gives it (ISO 8601 UTC times). */
export interface AlertVia {
  fromPersonId: string;
  kind: string;
  venueId: string | null;
  contactId: string | null;
  from: string;
  to: string;
}

/** The isolation policy's advice for the level, with ISO times. */
export interface AlertRecommendation {
  policyVersion: string;
  classification: string;
  isolation: string | null;
  from: string;
  until: string | null;
  testDays: number[];
  advice: string;
}

export interface ExposureAlertData {
  /** Derived from (caseId, personId, level): the same alert always has the same id. */
  alertId: string;
  caseId: string;
  personId: string;
  level: number;
  exposedAt: string;
  via: AlertVia;
  recommendation: AlertRecommendation | null;
}

export type ExposureAlertRaised = DomainEvent<typeof EXPOSURE_ALERT_RAISED, ExposureAlertData>;

/** One stream per case: its decider needs only the alerts of that case. */
export const alertStream = (caseId: string): string => `alerts-${caseId}`;

export const ALERT_ACKNOWLEDGED = 'AlertAcknowledged';

/** What came of the call that followed an alert up. */
export const ALERT_OUTCOMES = ['reached', 'unreachable', 'refused', 'wrong-person'] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

/** DESIGN.md section 2: who acknowledged and when are the event's metadata (actor, recordedAt). */
export interface AlertAcknowledgedData {
  alertId: string;
  outcome: AlertOutcome;
  note?: string | null;
}

export type AlertAcknowledged = DomainEvent<typeof ALERT_ACKNOWLEDGED, AlertAcknowledgedData>;

/** The person's alert stream: follow-up lives there, and per-person alerts will too. */
export const alertedStream = (personId: string): string => `alerted-${personId}`;
