import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CHECKPOINT_STORE } from '../../../../libs/checkpoints/checkpoint-store.port.js';
import type { CheckpointStore } from '../../../../libs/checkpoints/checkpoint-store.port.js';
import { EVENT_STORE } from '../../../../libs/event-store/event-store.port.js';
import type { EventStore, StoredEvent } from '../../../../libs/event-store/event-store.port.js';
import { APP_CONFIG } from '../../../platform/config/app-config.js';
import type { AppConfig } from '../../../platform/config/app-config.js';
import { CLOCK } from '../../../platform/clock.js';
import type { Clock } from '../../../platform/clock.js';
import { ResilientSubscription } from '../../../platform/event-sourcing/resilient-subscription.js';
import { ContactGraphProjection } from '../../../exposure/application/projections/contact-graph.projection.js';
import { canAddExposure, casesToRecompute } from '../alert-triggers.js';
import { ActiveCaseExposures } from './active-case-exposures.js';
import { AlertRaiser } from './alert-raiser.js';

export const ALERT_REACTOR = 'reactor:exposure-alerts';
const ACTOR = 'system:exposure-alerts';
/** Generous: at start-up the graph may be replaying a long log while this reactor waits for it. */
const GRAPH_WAIT_MS = 60_000;
/** The longest a trigger waits for a recompute while the reactor is behind the head of the log. */
const COALESCE_MS = 1_000;

/**
 * Raises exposure alerts from the log. A batch that holds an event able to add an exposure waits
 * for the contact graph to reach the batch, then recomputes the active cases it can change, once
 * per batch, and appends the new (case, person, level) triples. The checkpoint is saved after the appends: a crash in
 * between repeats the batch, and the decider and the deterministic ids make the repeat a no-op.
 */
@Injectable()
export class ExposureAlertReactor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(ExposureAlertReactor.name);
  private readonly runner: ResilientSubscription;
  /** The last handled position (null before the first batch). */
  position: bigint | null = null;
  /** Cases to recompute for triggers seen since the last recompute; null when none wait. */
  private pending: Set<string> | 'all' | null = null;
  private cause: StoredEvent | null = null;
  private lastRecompute = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: ContactGraphProjection,
    private readonly exposures: ActiveCaseExposures,
    private readonly raiser: AlertRaiser,
  ) {
    this.runner = new ResilientSubscription({
      name: ALERT_REACTOR,
      store,
      checkpoint: async () => {
        // A (re)start replays from the saved checkpoint, so triggers waiting in memory come again.
        this.pending = null;
        return (this.position = await this.checkpoints.load(ALERT_REACTOR));
      },
      handle: (events) => this.react(events),
      backoff: { minDelayMs: 250, maxDelayMs: config.alertsRetryMaxMs },
    });
  }

  get lastError(): string | null {
    return this.runner.lastError;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  private async react(events: StoredEvent[]): Promise<void> {
    const last = events[events.length - 1].position;
    const triggers = events.filter(canAddExposure);
    if (triggers.length > 0) {
      this.pending = mergeCases(this.pending, casesToRecompute(triggers));
      this.cause = triggers[triggers.length - 1];
    }
    this.position = last;
    if (this.pending === null) {
      await this.checkpoints.save(ALERT_REACTOR, last);
      return;
    }
    // Replaying a long log, or under heavy ingest, recomputing every active case per batch would
    // cost more than the ingest itself: batches are coalesced until the reactor reaches the head of
    // the log, or for COALESCE_MS at most. The checkpoint stays before the pending triggers, so a
    // crash in between recomputes them again.
    const head = await this.store.headPosition();
    const atHead = head === null || last >= head;
    if (!atHead && performance.now() - this.lastRecompute < COALESCE_MS) return;
    if (!(await this.projection.catchUp(last, GRAPH_WAIT_MS))) {
      throw new Error(`the contact graph did not reach position ${last} within ${GRAPH_WAIT_MS} ms`);
    }
    await this.raiseNewAlerts(this.pending, this.cause!);
    this.pending = null;
    this.lastRecompute = performance.now();
    await this.checkpoints.save(ALERT_REACTOR, last);
  }

  private async raiseNewAlerts(cases: Set<string> | 'all', last: StoredEvent): Promise<void> {
    // The alerts carry the correlation id of the request that caused them, for tracing.
    const cause = { actor: ACTOR, correlationId: last.metadata.correlationId };
    const candidates = await this.exposures.alertsAt(this.clock.now(), cases);
    const raised = await this.raiser.raise(candidates, cause);
    if (raised.length > 0) this.log.log(`${raised.length} new exposure alerts after ${last.type} at position ${last.position}`);
  }
}

function mergeCases(a: Set<string> | 'all' | null, b: Set<string> | 'all'): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return a === null ? b : new Set([...a, ...b]);
}
