/** An exposure alert as it leaves the service (topic contact-tracing.exposure-alerts.v1). */
export interface AlertMessage {
  schemaVersion: 1;
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
  recommendation: unknown;
  raisedAt: string;
  position: string;
}

export interface AlertPublisher {
  readonly adapter: string;
  /** Resolves once every message is durably accepted by the transport, in order. */
  publish(messages: AlertMessage[]): Promise<void>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

export const ALERT_PUBLISHER = Symbol('ALERT_PUBLISHER');
