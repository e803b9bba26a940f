import { excludeSystemEvents, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import { Logger } from '@nestjs/common';
import type { StoredEvent } from '../event-store.port.js';
import { type CatchUpContext, isHandlerFailure } from '../subscription/catch-up-subscription.js';
import { inBatches } from '../subscription/batches.js';
import { type Backoff, backoffDelay, sleep } from '../subscription/waits.js';
import { toReadPosition, toStoredEvent } from './mapping.js';

const logger = new Logger('EventStoreDbSubscription');

/**
 * Feeds a catch-up subscription from `$all`. The client does not resume a subscription whose
 * connection broke or that the server ended: this loop subscribes again from the last handled
 * position, with backoff, until the subscription is stopped or its handler fails. System events
 * are filtered on the server, so a quiet log of ours costs no traffic.
 */
export async function followAll(client: KurrentDBClient, ctx: CatchUpContext, backoff: Backoff): Promise<void> {
  let failures = 0;
  while (!ctx.signal.aborted) {
    const subscription = client.subscribeToAll({
      fromPosition: toReadPosition(ctx.checkpoint),
      filter: excludeSystemEvents(),
    });
    // Without a listener, an error emitted after we let go of the stream would crash the process.
    subscription.on('error', () => undefined);
    try {
      for await (const batch of inBatches(subscription, ctx.batchSize, ctx.signal)) {
        await ctx.deliver(batch.map(toStoredEvent).filter((e): e is StoredEvent => e !== null));
        failures = 0;
      }
      if (!ctx.signal.aborted) logger.warn(`subscription ${ctx.name}: the server ended it; subscribing again`);
    } catch (error) {
      if (isHandlerFailure(error)) throw error;
      failures += 1;
      logger.warn(`subscription ${ctx.name}: ${String(error)}; subscribing again (attempt ${failures})`);
    } finally {
      await settleWithin(subscription.unsubscribe(), 1000);
    }
    await sleep(backoffDelay(failures, backoff), ctx.signal);
  }
}

/** Unsubscribing a call whose connection never came up may never settle: do not hang on it. */
async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
