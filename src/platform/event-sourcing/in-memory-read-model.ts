import type { EventStore, StoredEvent } from '../../../libs/event-store/event-store.port.js';
import { PositionWaiters } from './position-waiters.js';
import { ResilientSubscription } from './resilient-subscription.js';

/**
 * The runner of a read model kept in memory: it follows the log from the position this process
 * reached (the start of the log after a restart, so the model is rebuilt from the log exactly
 * as the live one was built) and lets queries wait, boundedly, until it has caught up.
 */
export class InMemoryReadModel {
  private readonly waiters = new PositionWaiters();
  private readonly runner: ResilientSubscription;

  constructor(
    name: string,
    private readonly store: EventStore,
    apply: (events: StoredEvent[]) => void,
  ) {
    this.runner = new ResilientSubscription({
      name,
      store,
      checkpoint: async () => this.waiters.position,
      handle: async (events) => {
        apply(events);
        this.waiters.advance(events[events.length - 1].position);
      },
    });
  }

  start(): Promise<void> {
    return this.runner.start();
  }

  stop(): Promise<void> {
    return this.runner.stop();
  }

  get position(): bigint | null {
    return this.waiters.position;
  }

  /** Waits until the log position `target` (else the log head now) is applied; false when it timed out. */
  async catchUp(target: bigint | null, timeoutMs: number): Promise<boolean> {
    return this.waiters.waitFor(target ?? (await this.store.headPosition()), timeoutMs);
  }
}
