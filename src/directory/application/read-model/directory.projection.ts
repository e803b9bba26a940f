import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { PositionWaiters } from '../../../platform/event-sourcing/position-waiters.js';
import { ResilientSubscription } from '../../../platform/event-sourcing/resilient-subscription.js';
import { retentionCutoff } from '../../../retention/domain/movement-retention.js';
import { PersonDirectory } from './person-directory.js';
import { VenueDirectory } from './venue-directory.js';
import { VenuePresence } from './venue-presence.js';

/**
 * The directory's read models (people, venues, who scanned where), in memory and rebuilt from the
 * log at start like the embedded graph and the alert feed. One subscription feeds all three, so
 * the log is read once for them.
 */
@Injectable()
export class DirectoryProjection implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly persons = new PersonDirectory();
  readonly venues = new VenueDirectory();
  readonly presence = new VenuePresence();
  private readonly waiters = new PositionWaiters();
  private readonly runner: ResilientSubscription;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.runner = new ResilientSubscription({
      name: 'projection:directory',
      store,
      // In memory: resume after what this process already holds.
      checkpoint: async () => this.waiters.position,
      handle: async (events) => this.apply(events),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** Waits (boundedly) until everything in the log when asked is applied; false when it timed out. */
  async catchUp(): Promise<boolean> {
    return this.waiters.waitFor(await this.store.headPosition(), this.config.readYourWritesTimeoutMs);
  }

  private apply(events: StoredEvent[]): void {
    const cutoff = retentionCutoff(this.clock.now(), this.config.retentionDays);
    for (const event of events) {
      this.persons.apply(event);
      this.venues.apply(event);
      this.presence.apply(event, cutoff);
    }
    this.waiters.advance(events[events.length - 1].position);
  }
}
