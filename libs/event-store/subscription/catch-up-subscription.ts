import { Logger } from '@nestjs/common';
import type { StoredEvent, SubscribeOptions, Subscription } from '../event-store.port.js';

/** What an adapter's loop sees of the subscription it feeds. */
export interface CatchUpContext {
  readonly name: string;
  /** Aborts when the subscription is stopped; every wait of the loop must honour it. */
  readonly signal: AbortSignal;
  /** Position of the last handled event: where to (re)start reading, exclusive. */
  readonly checkpoint: bigint | null;
  readonly batchSize: number;
  /** Hands events to the handler, awaits it, then advances the checkpoint. */
  deliver(events: StoredEvent[]): Promise<void>;
}

/** Reads and delivers until `ctx.signal` aborts; throws to stop the subscription with an error. */
export type CatchUpLoop = (ctx: CatchUpContext) => Promise<void>;

/** Wraps a handler's error so that loops can tell it from their own (transport) errors. */
class HandlerFailure extends Error {
  constructor(readonly reason: unknown) {
    super('subscription handler failed');
  }
}

/** A handler failure must end the subscription: a loop that retries on errors rethrows these. */
export function isHandlerFailure(error: unknown): boolean {
  return error instanceof HandlerFailure;
}

export const DEFAULT_BATCH_SIZE = 500;

const logger = new Logger('EventStoreSubscription');

/**
 * The life cycle every adapter's catch-up subscription shares: one batch at a time, the next only
 * after the handler's promise settled, checkpoint advanced only after success. A handler error
 * stops the subscription and rejects `done` with that error; the failed batch is never skipped,
 * since re-subscribing from the last checkpoint delivers it again.
 */
export class CatchUpSubscription implements Subscription, CatchUpContext {
  readonly done: Promise<void>;
  readonly batchSize: number;
  private readonly controller = new AbortController();
  private position: bigint | null;

  constructor(
    private readonly options: SubscribeOptions,
    loop: CatchUpLoop,
  ) {
    this.position = options.after;
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    // Started on a later tick: `subscribe()` returns before any handler call.
    this.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => loop(this))
      .catch((error: unknown) => {
        this.controller.abort();
        throw error instanceof HandlerFailure ? error.reason : error;
      });
    // Marks the rejection handled, so that an unobserved `done` is logged, not a process crash.
    this.done.catch((error: unknown) => logger.error(`subscription ${this.name} stopped: ${String(error)}`));
  }

  get name(): string {
    return this.options.name;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get checkpoint(): bigint | null {
    return this.position;
  }

  async deliver(events: StoredEvent[]): Promise<void> {
    const after = this.position;
    // A loop that re-subscribes may be sent events it already delivered: never hand them twice.
    const fresh = after === null ? events : events.filter((e) => e.position > after);
    if (fresh.length === 0 || this.signal.aborted) return;
    try {
      await this.options.handle(fresh);
    } catch (error) {
      throw new HandlerFailure(error);
    }
    this.position = fresh[fresh.length - 1]!.position;
  }

  /** Stops after the batch in hand, if any, is handled. Do not await it inside `handle`. */
  async stop(): Promise<void> {
    this.controller.abort();
    await this.done.catch(() => undefined);
  }
}
