import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { InMemoryReadModel } from '../../../platform/event-sourcing/in-memory-read-model.js';
import { PERSON_DATA_ERASED, PERSON_REGISTERED, PersonDetails } from '../../domain/person-events.js';

/** What a call list shows of a person. */
export interface PersonCard {
  fullName: string;
  phone: string | null;
  unit: string | null;
}

/**
 * Names, phone numbers and units by person id, for the lists that join them to the rows of a
 * page (exposures, cases): in memory, rebuilt from the log at start.
 */
@Injectable()
export class PersonDirectory implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly cards = new Map<string, PersonCard>();
  private readonly model: InMemoryReadModel;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.model = new InMemoryReadModel('projection:person-directory', store, (events) => this.apply(events));
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

  /** False when the directory did not reach `target` (else the log head) in time. */
  catchUp(target: bigint | null): Promise<boolean> {
    return this.model.catchUp(target, this.config.readYourWritesTimeoutMs);
  }

  cardOf(personId: string): PersonCard | null {
    return this.cards.get(personId) ?? null;
  }

  unitOf(personId: string): string | null {
    return this.cards.get(personId)?.unit ?? null;
  }

  private apply(events: StoredEvent[]): void {
    for (const event of events) {
      if (event.type === PERSON_REGISTERED) {
        const p = event.data as unknown as PersonDetails;
        this.cards.set(p.personId, { fullName: p.fullName, phone: p.phone ?? null, unit: p.unit ?? null });
      } else if (event.type === PERSON_DATA_ERASED) {
        this.cards.delete((event.data as { personId: string }).personId);
      }
    }
  }
}
