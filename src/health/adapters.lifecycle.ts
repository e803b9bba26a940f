import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';

/** Closes the adapters after the projections have stopped (Nest shuts providers down in reverse order). */
@Injectable()
export class AdaptersLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.graph.close();
    await this.store.close();
  }
}

export const eventStoreLifecycle = AdaptersLifecycle;
