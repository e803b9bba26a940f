import type { SubscribeOptions, Subscription } from '../event-store.port.js';
import { type CatchUpLoop, CatchUpSubscription } from './catch-up-subscription.js';

/** The subscriptions a store started, so that closing the store stops them first. */
export class SubscriptionSet {
  private readonly live = new Set<Subscription>();

  start(options: SubscribeOptions, loop: CatchUpLoop): Subscription {
    const subscription = new CatchUpSubscription(options, loop);
    this.live.add(subscription);
    void subscription.done.catch(() => undefined).finally(() => this.live.delete(subscription));
    return subscription;
  }

  /** Each subscription finishes the batch in hand. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.live].map((s) => s.stop()));
  }
}
