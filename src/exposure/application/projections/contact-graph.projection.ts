import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CONTACT_GRAPH } from '../../../../libs/contact-graph/contact-graph.port.js';
import type { ContactGraph } from '../../../../libs/contact-graph/contact-graph.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { ResilientSubscription } from '../../../platform/event-sourcing/resilient-subscription.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { isExpired, retentionCutoff } from '../../../retention/domain/movement-retention.js';
import { graphFactsOf } from './graph-facts.js';
import { PositionWaiters } from '../../../platform/event-sourcing/position-waiters.js';
import { resumeOnThisLog } from '../../../platform/event-sourcing/resume-on-this-log.js';
import { identityAt } from '../../../../libs/event-store/log-identity.js';
import { PersonMerges } from '../../../../libs/contact-graph/person-merges.js';

/**
 * Feeds the contact graph from the log: a catch-up subscription from the graph's own checkpoint.
 * A failing batch is never skipped: the shared ResilientSubscription logs it and starts again from
 * the checkpoint with backoff, so an event is applied once (the graph is idempotent if it comes twice).
 */
@Injectable()
export class ContactGraphProjection implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(ContactGraphProjection.name);
  private readonly waiters = new PositionWaiters();
  private readonly runner: ResilientSubscription;
  /** The id of the log followed, read at every (re)start before the first batch. */
  private logId: string | null = null;
  /** The merges as far as the graph has applied the log: read back from the graph at every (re)start. */
  private merges = new PersonMerges();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONTACT_GRAPH) private readonly graph: ContactGraph,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.runner = new ResilientSubscription({
      name: `projection:contact-graph:${graph.adapter}`,
      store,
      checkpoint: () => this.checkpoint(),
      handle: (events) => this.apply(events),
      // A query waiting for this projection would wait in vain until the retry: it answers now.
      onFailure: () => this.waiters.giveUp(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.graph.init();
    await this.runner.start();
  }

  /** Stops before any adapter closes (onApplicationShutdown): a driver closed under a running batch waits for it forever. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  get position(): bigint | null {
    return this.waiters.position;
  }

  /** Why the projection is behind, while it retries; null when healthy. */
  get lastError(): string | null {
    return this.runner.lastError;
  }

  /** Waits until everything in the log now (or up to `target`) is applied; false when it timed out. */
  async catchUp(target: bigint | null | undefined, timeoutMs: number): Promise<boolean> {
    const goal = target ?? (await this.store.headPosition());
    return this.waiters.waitFor(goal, timeoutMs);
  }

  /** The person a check counts for (after merges), or null when the graph does not hold it. */
  async checkOwner(checkInId: string): Promise<string | null> {
    await this.readYourWrites();
    const owner = await this.graph.checkOwner(checkInId);
    return owner === null ? null : this.merges.resolve(owner);
  }

  /** The id a person's facts count for now: their own, or the one they were merged into. */
  resolve(personId: string): string {
    return this.merges.resolve(personId);
  }

  /** The ids merged into this person: their facts (and streams) are this person's too. */
  aliasesOf(personId: string): string[] {
    return this.merges.aliasesOf(personId);
  }

  /**
   * A query's wait for its writes (or the log now), up to READ_YOUR_WRITES_TIMEOUT_MS. A failing
   * projection does not advance before its next attempt, so the query does not wait for it (and
   * stops waiting when it fails): it answers at once, stale, or 503 when the graph is down.
   */
  async readYourWrites(target?: bigint | null): Promise<boolean> {
    const goal = target ?? (await this.store.headPosition());
    const timeoutMs = this.lastError === null ? this.config.readYourWritesTimeoutMs : 0;
    return this.waiters.waitFor(goal, timeoutMs, { patient: false });
  }

  /** The person an order counts for (after merges), or null when unknown. */
  async orderOwner(orderId: string): Promise<string | null> {
    await this.readYourWrites();
    const owner = await this.graph.orderOwner(orderId);
    return owner === null ? null : this.merges.resolve(owner);
  }

  /** Drops the read model and replays the whole log into it. */
  async rebuild(): Promise<void> {
    await this.runner.stop();
    await this.graph.clear();
    this.waiters.advance(null);
    await this.runner.start();
  }

  /**
   * A graph built from another log (a new data directory, another server, a restored backup) is
   * not resumed: it would skip this log's events up to its position and mix both. It is rebuilt.
   */
  private async checkpoint(): Promise<bigint | null> {
    const { after, logId } = await resumeOnThisLog({
      store: this.store,
      stored: await this.graph.checkpoint(),
      logger: this.log,
      what: `the ${this.graph.adapter} contact graph`,
      restart: async () => {
        await this.graph.clear();
        return 'rebuilding it from the start of the log';
      },
    });
    this.logId = logId;
    // A batch that failed half way may have mapped merges the graph never stored: start from the graph's.
    this.merges = new PersonMerges(await this.graph.merges());
    this.waiters.advance(after);
    return after;
  }

  private async apply(events: StoredEvent[]): Promise<void> {
    const cutoff = retentionCutoff(this.clock.now(), this.config.retentionDays);
    const facts = this.merges.map(events.flatMap(graphFactsOf)).filter((f) => !isExpired(f, cutoff));
    const last = events[events.length - 1];
    await this.graph.apply(facts, last.position, identityAt(this.logId!, last));
    this.waiters.advance(last.position);
  }
}
