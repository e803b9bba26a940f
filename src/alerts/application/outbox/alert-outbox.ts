import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CHECKPOINT_STORE } from '../../../../libs/checkpoints/checkpoint-store.port.js';
import type { CheckpointStore } from '../../../../libs/checkpoints/checkpoint-store.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { ALERT_PUBLISHER } from '../../../../libs/messaging/alert-publisher.port.js';
import type { AlertPublisher } from '../../../../libs/messaging/alert-publisher.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { ResilientSubscription } from '../../../platform/event-sourcing/resilient-subscription.js';
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
      checkpoint: async () => (this.position = await this.checkpoints.load(this.name)),
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

  private async publish(events: StoredEvent[]): Promise<void> {
    const messages = events.filter(isAlertRaised).map(alertMessageOf);
    if (messages.length > 0) await this.publisher.publish(messages);
    const last = events[events.length - 1].position;
    await this.checkpoints.save(this.name, last);
    this.position = last;
  }
}
