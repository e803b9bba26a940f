import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { concat, filter, from, Observable, Subject } from 'rxjs';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import type { AlertMessage } from '../../../../libs/messaging/alert-publisher.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { ResilientSubscription } from '../../../platform/event-sourcing/resilient-subscription.js';
import { PositionWaiters } from '../../../platform/event-sourcing/position-waiters.js';
import { alertMessageOf, isAlertRaised } from '../alert-message.js';
import { firstAfter } from './first-after.js';

export interface AlertPage {
  alerts: AlertMessage[];
  /** False when the feed did not catch up with the log in time: the page may miss the newest alerts. */
  fresh: boolean;
}

/**
 * The alerts read model: every ExposureAlertRaised of the log in position order, in memory and
 * rebuilt from the log at start (like the embedded graph). It answers pages by cursor (the log
 * position) and follows new alerts for server-sent events.
 */
@Injectable()
export class AlertFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly alerts: AlertMessage[] = [];
  private readonly waiters = new PositionWaiters();
  private readonly live = new Subject<AlertMessage>();
  private readonly runner: ResilientSubscription;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.runner = new ResilientSubscription({
      name: 'projection:alert-feed',
      store,
      // In memory: resume after what this process already holds.
      checkpoint: async () => this.waiters.position,
      handle: async (events) => this.apply(events),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  /** Ends the open event streams first, so that the HTTP server is not kept waiting for them. */
  async beforeApplicationShutdown(): Promise<void> {
    this.live.complete();
    await this.runner.stop();
  }

  /** Alerts strictly after `since`, oldest first, once the feed has caught up with the log (bounded). */
  async page(since: bigint | null, limit: number): Promise<AlertPage> {
    const fresh = await this.waiters.waitFor(await this.store.headPosition(), this.config.readYourWritesTimeoutMs);
    const start = firstAfter(this.alerts, since);
    return { alerts: this.alerts.slice(start, start + limit), fresh };
  }

  /**
   * Where a stream that asks for no history starts: after the log head when it connects, so it
   * gets exactly the alerts raised from then on (also those the feed has not applied yet). With
   * the log unreachable, after what the feed holds.
   */
  async liveEnd(): Promise<bigint | null> {
    return this.store.headPosition().catch(() => this.waiters.position);
  }

  /** The alerts after `since` that the feed holds, then each new one as it is logged; no gap, no repeat. */
  follow(since: bigint | null): Observable<AlertMessage> {
    return new Observable<AlertMessage>((subscriber) => {
      // Both steps run in one tick, so no alert can be applied between the replay and the live part.
      const replay = this.alerts.slice(firstAfter(this.alerts, since));
      const last = replay.length > 0 ? BigInt(replay[replay.length - 1].position) : since;
      const newer = this.live.pipe(filter((a) => last === null || BigInt(a.position) > last));
      return concat(from(replay), newer).subscribe(subscriber);
    });
  }

  private apply(events: StoredEvent[]): void {
    for (const event of events.filter(isAlertRaised)) {
      const alert = alertMessageOf(event);
      this.alerts.push(alert);
      this.live.next(alert);
    }
    this.waiters.advance(events[events.length - 1].position);
  }
}
