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

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
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
      checkpoint: async () => (this.position = await this.checkpoints.load(ALERT_REACTOR)),
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
      if (!(await this.projection.catchUp(last, GRAPH_WAIT_MS))) {
        throw new Error(`the contact graph did not reach position ${last} within ${GRAPH_WAIT_MS} ms`);
      }
      await this.raiseNewAlerts(triggers);
    }
    await this.checkpoints.save(ALERT_REACTOR, last);
    this.position = last;
  }

  private async raiseNewAlerts(triggers: StoredEvent[]): Promise<void> {
    const last = triggers[triggers.length - 1];
    // The alerts carry the correlation id of the request that caused them, for tracing.
    const cause = { actor: ACTOR, correlationId: last.metadata.correlationId };
    const candidates = await this.exposures.alertsAt(this.clock.now(), casesToRecompute(triggers));
    const raised = await this.raiser.raise(candidates, cause);
    if (raised.length > 0) this.log.log(`${raised.length} new exposure alerts after ${last.type} at position ${last.position}`);
  }
}
