import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore, StoredEvent } from '../../../libs/event-store/event-store.port.js';
import { PositionWaiters } from './position-waiters.js';
import { ResilientSubscription } from './resilient-subscription.js';

/**
 * The base of every read model kept in memory: it follows the log from the position this process
 * reached (the start of the log after a restart, so the model is rebuilt from the log exactly as
 * the live one was built), from application start to shutdown, and lets queries wait, boundedly,
 * until it has caught up (read your writes). A subclass says what each batch of events changes.
 */
export abstract class InMemoryReadModel implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly waiters = new PositionWaiters();
  private readonly runner: ResilientSubscription;

  constructor(
    name: string,
    protected readonly store: EventStore,
    private readonly catchUpTimeoutMs: number,
  ) {
    this.runner = new ResilientSubscription({
      name,
      store,
      // In memory: resume after what this process already holds.
      checkpoint: async () => this.waiters.position,
      handle: async (events) => {
        this.apply(events);
        this.waiters.advance(events[events.length - 1].position);
      },
    });
  }

  /** Folds a batch of events (in log order) into the model. */
  protected abstract apply(events: StoredEvent[]): void;

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  get position(): bigint | null {
    return this.waiters.position;
  }

  /**
   * Waits until the log position `target` (else the log head now) is applied; false when it timed
   * out (after the read-your-writes bound, unless the caller gives its own).
   */
  async catchUp(target: bigint | null = null, timeoutMs = this.catchUpTimeoutMs): Promise<boolean> {
    return this.waiters.waitFor(target ?? (await this.store.headPosition()), timeoutMs);
  }
}
