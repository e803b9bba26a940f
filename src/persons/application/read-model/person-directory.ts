import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { InMemoryReadModel } from '../../../platform/event-sourcing/in-memory-read-model.js';
import { PersonRecords } from './person-records.js';

export { normalizeNationalId, PERSON_KEY_SHAPE, type PersonCard, type PersonFilter } from './person-records.js';

/**
 * The one read model of person records: the cards of exposure rows, the case list and the alert
 * call list, and the persons directory's searches. In memory, rebuilt from the log at start.
 */
@Injectable()
export class PersonDirectory implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly records = new PersonRecords();
  private readonly model: InMemoryReadModel;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.model = new InMemoryReadModel('projection:person-directory', store, (events: StoredEvent[]) => {
      for (const event of events) this.records.apply(event);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.model.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.model.stop();
  }

  get position(): bigint | null {
    return this.model.position;
  }

  /** Read your writes: false when the directory did not reach `target` (else the log head) in time. */
  catchUp(target: bigint | null = null): Promise<boolean> {
    return this.model.catchUp(target, this.config.readYourWritesTimeoutMs);
  }
}
