import { Inject, Injectable } from '@nestjs/common';
import { ALERT_PUBLISHER } from '../../../libs/messaging/alert-publisher.port.js';
import type { AlertPublisher } from '../../../libs/messaging/alert-publisher.port.js';
import { AlertOutbox, OutboxStatus } from './outbox/alert-outbox.js';
import { ExposureAlertReactor } from './reactors/exposure-alert.reactor.js';

export interface AlertsStatus {
  ok: boolean;
  /** Raising alerts from the log. */
  reactor: { ok: boolean; position: string | null; detail?: string };
  /** Handing them to the transport: not ok while alerts wait for it. */
  outbox: OutboxStatus;
}

/** The alert pipeline's part of /health: alerts that cannot be raised or published make the service not ready. */
@Injectable()
export class AlertsHealth {
  constructor(
    private readonly reactor: ExposureAlertReactor,
    private readonly outbox: AlertOutbox,
    @Inject(ALERT_PUBLISHER) private readonly publisher: AlertPublisher,
  ) {}

  async check(): Promise<AlertsStatus> {
    const error = this.reactor.lastError;
    const reactor = { ok: error === null, position: this.reactor.position?.toString() ?? null, ...(error ? { detail: error } : {}) };
    const outbox = this.outbox.status();
    const transport = await this.publisher.health().catch((e: unknown) => ({ ok: false, detail: String(e) }));
    // The transport's own word matters only while the outbox fails: an idle Kafka producer is not an outage.
    const detail = outbox.ok ? outbox.detail : [outbox.detail, transport.detail].filter(Boolean).join('; ');
    return { ok: reactor.ok && outbox.ok, reactor, outbox: { ...outbox, ...(detail ? { detail } : {}) } };
  }
}
