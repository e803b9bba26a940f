import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { CHECKPOINT_STORE } from '../../../libs/checkpoints/checkpoint-store.port.js';
import type { CheckpointStore } from '../../../libs/checkpoints/checkpoint-store.port.js';
import { ALERT_PUBLISHER } from '../../../libs/messaging/alert-publisher.port.js';
import type { AlertPublisher } from '../../../libs/messaging/alert-publisher.port.js';

/**
 * Closes the publisher and the checkpoints. The reactor and the outbox stop in
 * beforeApplicationShutdown, which Nest runs for every module before any onApplicationShutdown.
 */
@Injectable()
export class AlertsLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(ALERT_PUBLISHER) private readonly publisher: AlertPublisher,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
    await this.checkpoints.close();
  }
}
