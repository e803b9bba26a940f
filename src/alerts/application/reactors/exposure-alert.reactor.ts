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
import { resumeOnThisLog } from '../../../platform/event-sourcing/resume-on-this-log.js';
import { identityAt } from '../../../../libs/event-store/log-identity.js';
import { AlertFeed } from '../read-model/alert-feed.js';
import { AlertsDue } from './alerts-due.js';
import { AlertRaiser } from './alert-raiser.js';
import { raiseAlertCommand } from './raise-alert-command.js';

export const ALERT_REACTOR = 'reactor:exposure-alerts';
const ACTOR = 'system:exposure-alerts';
/** Generous: at start-up the graph and the feed may be replaying a long log while this reactor waits for them. */
const GRAPH_WAIT_MS = 60_000;
/** Under load, at most one recompute of the active cases per this many milliseconds. */
const COALESCE_MS = 2_000;

/**
 * Raises exposure alerts from the log. A batch that holds an event able to add an exposure waits
 * for the contact graph and the alert feed to reach the batch, then recomputes the active cases it
 * can change, once per batch, and appends an alert for each person it brings closer than every
 * alert they had, in their `alerted-<personId>` stream (DESIGN 3 "Alerts"). The checkpoint is
 * saved after the appends: a crash in between repeats the batch, and the decider and the
 * deterministic ids make the repeat a no-op.
 */
@Injectable()
export class ExposureAlertReactor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(ExposureAlertReactor.name);
  private readonly runner: ResilientSubscription;
  /** The last position fully handled, alerts raised and checkpoint saved (null before the first). */
  position: bigint | null = null;
  /** The last event received since the (re)start; ahead of `position` while a recompute waits. */
  private seen: StoredEvent | null = null;
  /** The id of the log followed, read at every (re)start. */
  private logId: string | null = null;
  /** Cases to recompute for triggers seen since the last recompute; null when none wait. */
  private pending: Set<string> | 'all' | null = null;
  private cause: StoredEvent | null = null;
  private lastRecompute = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private turn: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: ContactGraphProjection,
    private readonly feed: AlertFeed,
    private readonly due: AlertsDue,
    private readonly raiser: AlertRaiser,
  ) {
    this.runner = new ResilientSubscription({
      name: ALERT_REACTOR,
      store,
      checkpoint: async () => {
        // A (re)start replays from the saved checkpoint, so triggers waiting in memory come again.
        this.pending = null;
        this.position = await this.resume();
        this.seen = null;
        return this.position;
      },
      handle: (events) => this.react(events),
      backoff: { minDelayMs: 250, maxDelayMs: config.alertsRetryMaxMs },
    });
  }

  /**
   * A checkpoint written on another log (or on this log before it was truncated or rewritten) is
   * dropped and this log is read again from its start. That raises no alert twice: the alerts this
   * log holds (the feed reads them all, also those of earlier logs in `alerts-<caseId>` streams)
   * say who was alerted at which level, so only the alerts this log lacks are raised.
   */
  private async resume(): Promise<bigint | null> {
    const { after, logId } = await resumeOnThisLog({
      store: this.store,
      stored: await this.checkpoints.load(ALERT_REACTOR),
      logger: this.log,
      what: `the checkpoint of ${ALERT_REACTOR}`,
      restart: async () => {
        await this.checkpoints.reset(ALERT_REACTOR);
        return 'reading this log again from its start (alerts it holds already are not raised again)';
      },
    });
    this.logId = logId;
    return after;
  }

  get lastError(): string | null {
    return this.runner.lastError;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    await this.runner.stop();
    await this.turn;
  }

  private react(events: StoredEvent[]): Promise<void> {
    return this.serially(async () => {
      const lastEvent = events[events.length - 1];
      const last = lastEvent.position;
      const triggers = events.filter(canAddExposure);
      if (triggers.length > 0) {
        this.pending = mergeCases(this.pending, casesToRecompute(triggers));
        this.cause = triggers[triggers.length - 1];
      }
      this.seen = lastEvent;
      if (this.pending === null) {
        await this.checkpoints.save(ALERT_REACTOR, last, identityAt(this.logId!, lastEvent));
        this.position = last;
        return;
      }
      // Replaying a long log, or under heavy ingest, recomputing every active case per batch would
      // cost more than the ingest itself: triggers are coalesced while the reactor is behind the
      // head of the log, and at the head into one recompute per COALESCE_MS. The checkpoint stays
      // before the pending triggers, so a crash in between recomputes them again.
      const head = await this.store.headPosition();
      if (head !== null && last < head) return;
      const wait = COALESCE_MS - (performance.now() - this.lastRecompute);
      if (wait > 0) this.flushIn(wait);
      else await this.recompute();
    });
  }

  /** Recomputes the pending cases and moves the checkpoint to the last handled event. */
  private async recompute(): Promise<void> {
    if (this.pending === null || this.seen === null) return;
    const seen = this.seen;
    const position = seen.position;
    if (!(await this.projection.catchUp(position, GRAPH_WAIT_MS))) {
      throw new Error(`the contact graph did not reach position ${position} within ${GRAPH_WAIT_MS} ms`);
    }
    if (!(await this.feed.catchUp(position, GRAPH_WAIT_MS))) {
      throw new Error(`the alert feed did not reach position ${position} within ${GRAPH_WAIT_MS} ms`);
    }
    await this.raiseNewAlerts(this.pending, this.cause!);
    this.pending = null;
    this.lastRecompute = performance.now();
    await this.checkpoints.save(ALERT_REACTOR, position, identityAt(this.logId!, seen));
    this.position = position;
  }

  private flushIn(ms: number): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.serially(() => this.recompute()).catch((error: unknown) => {
        this.log.error(`exposure alerts: recompute up to ${String(this.seen?.position ?? null)} failed: ${String(error)}; trying again`);
        this.flushIn(COALESCE_MS);
      });
    }, ms);
    this.flushTimer.unref();
  }

  /** The subscription and the flush timer take turns: one recompute at a time, in log order. */
  private serially(work: () => Promise<void>): Promise<void> {
    const run = this.turn.then(work);
    this.turn = run.catch(() => undefined);
    return run;
  }

  private async raiseNewAlerts(cases: Set<string> | 'all', last: StoredEvent): Promise<void> {
    // The alerts carry the correlation id of the request that caused them, for tracing.
    const cause = { actor: ACTOR, correlationId: last.metadata.correlationId };
    const due = await this.due.at(this.clock.now(), cases, (personId) => this.closestAlerted(personId));
    const raised = await this.raiser.raise(due.map(raiseAlertCommand), cause);
    if (raised.length > 0) this.log.log(`${raised.length} new exposure alerts after ${last.type} at position ${last.position}`);
  }

  /**
   * The log's alerts as the feed read them, and those this reactor appended since; after a merge,
   * an alert to any id of the human counts (they are not told twice at the same level).
   */
  private closestAlerted(personId: string): number | null {
    const levels = [personId, ...this.projection.aliasesOf(personId)]
      .flatMap((id) => [this.feed.closestAlertedLevel(id), this.raiser.closestRaised(id)])
      .filter((level): level is number => level !== null);
    return levels.length === 0 ? null : Math.min(...levels);
  }
}

function mergeCases(a: Set<string> | 'all' | null, b: Set<string> | 'all'): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return a === null ? b : new Set([...a, ...b]);
}
