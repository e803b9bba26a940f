/**
 * An exposure alert as it leaves the service (topic contact-tracing.exposure-alerts.v1). Version 2
 * is about a person and names every case at its level (`caseIds`) and the last exposure; it keeps
 * every field of version 1, `caseId` being the first of `caseIds`, so version 1 consumers read it.
 */
export interface AlertMessage {
  schemaVersion: 2;
  /** The ExposureAlertRaised event's id: delivery is at least once, consumers de-duplicate by it. */
  eventId: string;
  alertId: string;
  /** The first of `caseIds`: the case the `via` hop leads to. */
  caseId: string;
  caseIds: string[];
  personId: string;
  level: number;
  exposedAt: string;
  /** When the isolation period counts from; null for alerts raised before version 2, which did not record it. */
  lastExposedAt: string | null;
  via: {
    fromPersonId: string;
    kind: string;
    venueId: string | null;
    contactId: string | null;
    from: string;
    to: string;
  };
  recommendation: AlertRecommendation | null;
  raisedAt: string;
  /** The event's log position, as a decimal string: alerts are ordered by it, and it is their cursor. */
  position: string;
}

/** The isolation policy's advice for the exposed person (advice only: nobody is isolated by it). */
export interface AlertRecommendation {
  policyVersion: string;
  classification: string;
  isolation: string | null;
  from: string;
  until: string | null;
  testDays: number[];
  advice: string;
}

export interface AlertPublisher {
  readonly adapter: string;
  /** Resolves once every message is durably accepted by the transport, in order; throws otherwise. */
  publish(messages: AlertMessage[]): Promise<void>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

export const ALERT_PUBLISHER = Symbol('ALERT_PUBLISHER');
