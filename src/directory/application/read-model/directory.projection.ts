import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { InMemoryReadModel } from '../../../platform/event-sourcing/in-memory-read-model.js';
import { retentionCutoff } from '../../../retention/domain/movement-retention.js';
import { VenueDirectory } from './venue-directory.js';
import { VenuePresence } from './venue-presence.js';

/**
 * The directory's read models of venues and of who scanned where, in memory and rebuilt from the
 * log at start like the embedded graph and the alert feed. One subscription feeds both, so the log
 * is read once for them; people are the persons module's PersonDirectory.
 */
@Injectable()
export class DirectoryProjection extends InMemoryReadModel {
  readonly venues = new VenueDirectory();
  readonly presence = new VenuePresence();

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super('projection:directory', store, config.readYourWritesTimeoutMs);
  }

  protected apply(events: StoredEvent[]): void {
    const cutoff = retentionCutoff(this.clock.now(), this.config.retentionDays);
    for (const event of events) {
      this.venues.apply(event);
      this.presence.apply(event, cutoff);
    }
  }
}
