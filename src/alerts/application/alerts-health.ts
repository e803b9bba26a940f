import { Inject, Injectable } from '@nestjs/common';
import { ALERT_PUBLISHER } from '../../../libs/messaging/alert-publisher.port.js';
import type { AlertPublisher } from '../../../libs/messaging/alert-publisher.port.js';
import { type ComponentStatus, worst } from '../../platform/health/component-state.js';
import { AlertOutbox, OutboxStatus } from './outbox/alert-outbox.js';
import { ExposureAlertReactor } from './reactors/exposure-alert.reactor.js';

export interface AlertsStatus extends ComponentStatus {
  /** Raising alerts from the log: `down` while it fails (alerts are not raised until it recovers). */
  reactor: ComponentStatus & { position: string | null };
  /** Handing them to the transport: `degraded` while alerts wait for it. */
  outbox: OutboxStatus;
}

/**
 * The alert pipeline's part of /health. Its state never makes the service unready: writes and
 * queries work without it, and alerts wait in the log (the outbox) until they can go out.
 */
@Injectable()
export class AlertsHealth {
  constructor(
    private readonly reactor: ExposureAlertReactor,
    private readonly outbox: AlertOutbox,
    @Inject(ALERT_PUBLISHER) private readonly publisher: AlertPublisher,
  ) {}

  async check(): Promise<AlertsStatus> {
    const error = this.reactor.lastError;
    const reactor = {
      state: error === null ? ('up' as const) : ('down' as const),
      position: this.reactor.position?.toString() ?? null,
      ...(error ? { detail: error } : {}),
    };
    const outbox = this.outbox.status();
    // The transport's own word matters only while the outbox fails: an idle Kafka producer is not an outage.
    const transport = outbox.state === 'up' ? null : await this.publisher.health().catch((e: unknown) => ({ ok: false, detail: String(e) }));
    const detail = [outbox.detail, transport?.detail].filter(Boolean).join('; ');
    return { state: worst([reactor.state, outbox.state]), reactor, outbox: { ...outbox, ...(detail ? { detail } : {}) } };
  }
}
