import type { DomainEvent } from '../../platform/event-sourcing/domain-event.js';

/*
 * The log's schema of an alert. The message on the wire (libs/messaging AlertMessage) is a contract
 * of its own that the outbox maps to: each can evolve under its own schemaVersion.
 */

export const EXPOSURE_ALERT_RAISED = 'ExposureAlertRaised';
/** Version 2: an alert about a person (DESIGN 3 "Alerts"), in `alerted-<personId>`. */
export const EXPOSURE_ALERT_SCHEMA_VERSION = 2;

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

/** An alert as the service reads it, whatever version it was logged in (see upcastAlert). */
export interface ExposureAlertData {
  /** Derived from (personId, level): the same alert always has the same id. */
  alertId: string;
  personId: string;
  level: number;
  /** The active cases that had the person at this level when it was raised; the case `via` leads to first. */
  caseIds: string[];
  exposedAt: string;
  /** Null only in alerts of schemaVersion 1, which did not record it. */
  lastExposedAt: string | null;
  via: AlertVia;
  recommendation: AlertRecommendation | null;
}

/** Version 1 (earlier logs): one alert per (case, person, level), in `alerts-<caseId>`. */
export interface ExposureAlertDataV1 {
  /** Derived from (caseId, personId, level). */
  alertId: string;
  caseId: string;
  personId: string;
  level: number;
  exposedAt: string;
  via: AlertVia;
  recommendation: AlertRecommendation | null;
}

export type ExposureAlertRaised = DomainEvent<typeof EXPOSURE_ALERT_RAISED, ExposureAlertData & { lastExposedAt: string }>;

/** Where version 1 alerts were recorded, one stream per case; nothing is appended there any more. */
export const caseAlertStream = (caseId: string): string => `alerts-${caseId}`;

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

/** The person's alert stream: their alerts (schemaVersion 2) and their follow-up. */
export const alertedStream = (personId: string): string => `alerted-${personId}`;
