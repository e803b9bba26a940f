import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { InMemoryReadModel } from '../../../platform/event-sourcing/in-memory-read-model.js';
import { PersonRecords } from './person-records.js';

export { normalizeNationalId, PERSON_KEY_SHAPE, type PersonCard, type PersonFilter } from './person-records.js';

/**
 * The one read model of person records: the cards of exposure rows, the case list and the alert
 * call list, and the persons directory's searches. In memory, rebuilt from the log at start;
 * `catchUp(minPosition)` waits for a caller's own writes.
 */
@Injectable()
export class PersonDirectory extends InMemoryReadModel {
  readonly records = new PersonRecords();

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(APP_CONFIG) config: AppConfig) {
    super('projection:person-directory', store, config.readYourWritesTimeoutMs);
  }

  protected apply(events: StoredEvent[]): void {
    for (const event of events) this.records.apply(event);
  }
}
