import { ABORTED, whenAborted } from './waits.js';

const IDLE = Symbol('idle');

/**
 * Groups a push source (a server subscription) into batches of what is already buffered, at most
 * `size` each: a handler then gets one call per burst instead of one per event, and a lone live
 * event is not held back waiting for company. Ends when the source ends or `signal` aborts; an
 * error of the source is thrown from the iteration.
 */
export async function* inBatches<T>(source: AsyncIterable<T>, size: number, signal: AbortSignal): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  const { aborted, dispose } = whenAborted(signal);
  let pending: Promise<IteratorResult<T>> | undefined;
  let ended = false;
  try {
    while (!ended) {
      pending ??= iterator.next();
      const first = await Promise.race([pending, aborted]);
      pending = undefined;
      if (first === ABORTED || first.done) return;
      const batch = [first.value];
      while (batch.length < size) {
        pending = iterator.next();
        // setImmediate runs after pending I/O callbacks: whatever is buffered by then joins the batch.
        const next = await Promise.race([pending, aborted, new Promise<typeof IDLE>((r) => setImmediate(r, IDLE))]);
        if (next === IDLE) break; // keep `pending`: its event starts the next batch
        pending = undefined;
        // Stopping drops the batch unhandled: its events were never checkpointed, so nothing is lost.
        if (next === ABORTED) return;
        ended = next.done === true;
        if (ended) break;
        batch.push(next.value);
      }
      yield batch;
    }
  } finally {
    dispose();
    pending?.catch(() => undefined);
    // Not awaited: a generator source would only return after its pending next(), maybe never.
    Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}
