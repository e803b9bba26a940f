import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CHECKPOINT_STORE } from '../../../../libs/checkpoints/checkpoint-store.port.js';
import type { CheckpointStore } from '../../../../libs/checkpoints/checkpoint-store.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { ALERT_PUBLISHER } from '../../../../libs/messaging/alert-publisher.port.js';
import type { AlertPublisher } from '../../../../libs/messaging/alert-publisher.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { ResilientSubscription } from '../../../platform/event-sourcing/resilient-subscription.js';
import { resumeOnThisLog } from '../../../platform/event-sourcing/resume-on-this-log.js';
import { identityAt } from '../../../../libs/event-store/log-identity.js';
import { alertMessageOf, isAlertRaised } from '../alert-message.js';

export interface OutboxStatus {
  /** `degraded` while publishing fails: alerts wait in the log and go out, in order, once it works again. */
  state: 'up' | 'degraded';
  adapter: string;
  /** The last log position whose alerts the transport acknowledged. */
  position: string | null;
  /** Publish attempts that failed since the last success. */
  failedAttempts: number;
  detail?: string;
}

/**
 * The log is the outbox: a subscription hands every ExposureAlertRaised to the publisher and saves
 * its checkpoint only after the transport acknowledged the batch. A failed publish is retried
 * with backoff from the checkpoint, so delivery is at least once and in log order; the event id
 * travels with each message for consumers to de-duplicate. The checkpoint is per adapter: moving
 * to another transport publishes the history to it.
 */
@Injectable()
export class AlertOutbox implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runner: ResilientSubscription;
  private readonly name: string;
  private position: bigint | null = null;
  private logId: string | null = null;
  private readonly log = new Logger(AlertOutbox.name);

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(ALERT_PUBLISHER) private readonly publisher: AlertPublisher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.name = `outbox:exposure-alerts:${publisher.adapter}`;
    this.runner = new ResilientSubscription({
      name: this.name,
      store,
      checkpoint: () => this.resume(store),
      handle: (events) => this.publish(events),
      backoff: { minDelayMs: 250, maxDelayMs: config.alertsRetryMaxMs },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  status(): OutboxStatus {
    const error = this.runner.lastError;
    return {
      state: error === null ? 'up' : 'degraded',
      adapter: this.publisher.adapter,
      position: this.position?.toString() ?? null,
      failedAttempts: this.runner.failures,
      ...(error === null ? {} : { detail: `alerts are waiting: ${error}` }),
    };
  }

  /**
   * A checkpoint written on another log (or on this log before it was truncated or rewritten) is
   * dropped and this log's alerts are published from its start: none of them may be lost, and a
   * message sent twice carries the same event id for consumers to de-duplicate.
   */
  private async resume(store: EventStore): Promise<bigint | null> {
    const { after, logId } = await resumeOnThisLog({
      store,
      stored: await this.checkpoints.load(this.name),
      logger: this.log,
      what: `the checkpoint of ${this.name}`,
      restart: async () => {
        await this.checkpoints.reset(this.name);
        return "publishing this log's alerts from its start (each with its event id, for consumers to de-duplicate)";
      },
    });
    this.logId = logId;
    this.position = after;
    return after;
  }

  private async publish(events: StoredEvent[]): Promise<void> {
    const messages = events.filter(isAlertRaised).map(alertMessageOf);
    if (messages.length > 0) await this.publisher.publish(messages);
    const last = events[events.length - 1];
    await this.checkpoints.save(this.name, last.position, identityAt(this.logId!, last));
    this.position = last.position;
  }
}
