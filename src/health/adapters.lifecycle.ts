import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../libs/event-store/event-store.port.js';

/**
 * Closes the adapters. Every projection, reactor, outbox and scheduler stops in
 * beforeApplicationShutdown, which Nest runs for every module before any onApplicationShutdown;
 * module order alone does not put this after them (this module's hooks run before the exposure
 * module's), and a Neo4j driver closed under a running batch never finishes closing.
 */
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
