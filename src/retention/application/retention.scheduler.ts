import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../../libs/event-store/event-store.port.js';
import type { EventStore } from '../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../platform/config/app-config.js';
import type { AppConfig } from '../../platform/config/app-config.js';
import { CLOCK } from '../../platform/clock.js';
import type { Clock } from '../../platform/clock.js';
import { StreamStates } from '../../platform/event-sourcing/stream-states.js';
import { MOVEMENT_CATEGORIES, retentionCutoff } from '../domain/movement-retention.js';

const EVERY_MS = 3_600_000;

/**
 * Drops movement data older than RETENTION_DAYS from the log (SQLite: deleted here; EventStoreDB:
 * its streams carry $maxAge and the server scavenges them) and from the contact graph.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(RetentionScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly states: StreamStates,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), EVERY_MS).unref();
    void this.runOnce();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; failures are logged and the next pass tries again (nothing is lost by waiting). */
  runOnce(): Promise<void> {
    this.running = this.running.then(() => this.purge()).catch((error: unknown) => {
      this.log.error(`retention pass failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.running;
  }

  private async purge(): Promise<void> {
    const cutoff = retentionCutoff(this.clock.now(), this.config.retentionDays);
    const removed = (await this.store.purgeBefore?.([...MOVEMENT_CATEGORIES], new Date(cutoff))) ?? 0;
    // Writers' kept states may hold the deleted events: deciding against them would differ from the log.
    if (removed > 0) this.states.clear();
    await this.graph.forgetBefore(cutoff);
    if (removed > 0) this.log.log(`retention: ${removed} movement events recorded before ${new Date(cutoff).toISOString()} removed`);
  }
}
