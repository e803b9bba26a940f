import { Logger } from '@nestjs/common';
import type { EventStore, StoredEvent, Subscription } from '../../../libs/event-store/event-store.port.js';
import { backoffDelay, type Backoff } from '../../../libs/event-store/subscription/waits.js';

export interface ResilientSubscriptionOptions {
  /** Names the subscription in logs and errors. */
  name: string;
  store: EventStore;
  /** Where to resume: read again at every (re)start, so a failed batch is delivered again. */
  checkpoint(): Promise<bigint | null>;
  /** Handles a batch in log order; throws to have it retried, never to skip it. */
  handle(events: StoredEvent[]): Promise<void>;
  batchSize?: number;
  backoff?: Backoff;
  /** Told of each failure, before the retry is scheduled. */
  onFailure?(reason: string): void;
}

export const DEFAULT_RETRY_BACKOFF: Backoff = { minDelayMs: 250, maxDelayMs: 30_000 };

/** A handler error with the batch it failed on, so that the log says where and on what. */
class BatchFailure extends Error {
  constructor(
    readonly events: StoredEvent[],
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * A catch-up subscription that survives its failures, shared by every projection, reactor and
 * outbox: a failing batch stops the subscription, is logged with its positions and event types,
 * and is delivered again from the durable checkpoint after an exponential backoff. An event is
 * therefore never dropped silently, and a handler only has to be idempotent.
 */
export class ResilientSubscription {
  private readonly log: Logger;
  private subscription: Subscription | null = null;
  /** Bumped by start and stop: a restart timer of an older generation does nothing. */
  private generation = 0;
  private failed = 0;
  lastError: string | null = null;

  constructor(private readonly options: ResilientSubscriptionOptions) {
    this.log = new Logger(options.name);
  }

  /** Failed attempts since the last handled batch. */
  get failures(): number {
    return this.failed;
  }

  /** Never throws: a checkpoint that cannot be read yet is retried like a failed batch. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    await this.open(generation).catch((error: unknown) => this.restartAfter(error, generation));
  }

  /** Stops after the batch in hand, if any; a pending restart is cancelled. */
  async stop(): Promise<void> {
    this.generation++;
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
  }

  private async open(generation: number): Promise<void> {
    const after = await this.options.checkpoint();
    if (generation !== this.generation) return;
    const subscription = this.options.store.subscribe({
      name: this.options.name,
      after,
      batchSize: this.options.batchSize,
      handle: (events) => this.handle(events),
    });
    this.subscription = subscription;
    // A subscription ends without an error only when stopped (by us, or by the store closing).
    subscription.done.then(
      () => undefined,
      (error: unknown) => this.restartAfter(error, generation),
    );
  }

  private async handle(events: StoredEvent[]): Promise<void> {
    try {
      await this.options.handle(events);
    } catch (error) {
      throw new BatchFailure(events, error);
    }
    this.failed = 0;
    this.lastError = null;
  }

  private restartAfter(error: unknown, generation: number): void {
    if (generation !== this.generation) return;
    this.failed++;
    this.lastError = error instanceof Error ? error.message : String(error);
    const delay = backoffDelay(this.failed, this.options.backoff ?? DEFAULT_RETRY_BACKOFF);
    this.log.error(`stopped ${where(error)}: ${this.lastError}; resuming from its checkpoint in ${delay} ms (failure ${this.failed})`);
    this.options.onFailure?.(this.lastError);
    setTimeout(() => {
      if (generation === this.generation) this.open(generation).catch((e: unknown) => this.restartAfter(e, generation));
    }, delay).unref();
  }
}

function where(error: unknown): string {
  if (!(error instanceof BatchFailure)) return 'before reading';
  const { events } = error;
  const types = [...new Set(events.map((e) => e.type))].join(', ');
  return `on the batch at positions ${events[0].position}..${events[events.length - 1].position} (${events.length} events: ${types})`;
}
