import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent, Subscription } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { graphFactsOf } from './graph-facts.js';
import { PositionWaiters } from './position-waiters.js';

const MAX_BACKOFF_MS = 30_000;

/**
 * Feeds the contact graph from the log: a catch-up subscription from the graph's own checkpoint.
 * A failing batch is never skipped: the subscription stops, logs, and starts again from the
 * checkpoint with backoff, so an event is applied once (the graph is idempotent if it comes twice).
 */
@Injectable()
export class ContactGraphProjection implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(ContactGraphProjection.name);
  private readonly waiters = new PositionWaiters();
  private subscription: Subscription | null = null;
  private stopped = false;
  private failures = 0;
  lastError: string | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.graph.init();
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
  }

  get position(): bigint | null {
    return this.waiters.position;
  }

  /** Waits until everything in the log now (or up to `target`) is applied; false when it timed out. */
  async catchUp(target?: bigint | null, timeoutMs = this.config.readYourWritesTimeoutMs): Promise<boolean> {
    const goal = target ?? (await this.store.headPosition());
    return this.waiters.waitFor(goal, timeoutMs);
  }

  async orderOwner(orderId: string): Promise<string | null> {
    await this.catchUp();
    return this.graph.orderOwner(orderId);
  }

  /** Drops the read model and replays the whole log into it. */
  async rebuild(): Promise<void> {
    await this.subscription?.stop();
    await this.graph.clear();
    this.waiters.advance(null);
    await this.start();
  }

  private async start(): Promise<void> {
    const after = await this.graph.position();
    this.waiters.advance(after);
    const subscription = this.store.subscribe({
      name: `projection:contact-graph:${this.graph.adapter}`,
      after,
      handle: (events) => this.apply(events),
    });
    this.subscription = subscription;
    subscription.done.then(
      () => undefined,
      (error: unknown) => this.restartAfter(error, subscription),
    );
  }

  private async apply(events: StoredEvent[]): Promise<void> {
    const facts = events.flatMap(graphFactsOf);
    const last = events[events.length - 1].position;
    await this.graph.apply(facts, last);
    this.waiters.advance(last);
    this.failures = 0;
    this.lastError = null;
  }

  private restartAfter(error: unknown, failed: Subscription): void {
    if (this.stopped || this.subscription !== failed) return;
    this.failures++;
    this.lastError = error instanceof Error ? error.message : String(error);
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(this.failures, 7));
    this.log.error(
      `contact graph projection (${this.graph.adapter}) stopped at position ${String(this.waiters.position)}: ${this.lastError}; resuming from its checkpoint in ${delay} ms`,
    );
    setTimeout(() => {
      if (!this.stopped) this.start().catch((e: unknown) => this.restartAfter(e, failed));
    }, delay).unref();
  }
}
