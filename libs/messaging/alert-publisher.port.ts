/** An exposure alert as it leaves the service (topic contact-tracing.exposure-alerts.v1). */
export interface AlertMessage {
  schemaVersion: 1;
  /** The ExposureAlertRaised event's id: delivery is at least once, consumers de-duplicate by it. */
  eventId: string;
  alertId: string;
  caseId: string;
  personId: string;
  level: number;
  exposedAt: string;
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
