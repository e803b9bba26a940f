import { performance } from 'node:perf_hooks';

/**
 * Lets pending I/O (HTTP requests, appends) run before the caller goes on: long background work
 * (recomputing alerts) awaits this between its parts so that it does not hold the event loop.
 */
export function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long a request's loop may hold the event loop before other requests (e.g. `/health`) get a turn. */
export const SLICE_MS = 5;

/**
 * For a loop over many items (a batch of 1000 scans): `await slices.pause()` between items yields
 * to pending I/O once the loop has run for SLICE_MS, and costs nothing otherwise, so that a large
 * request never holds the service for much longer than that at a time.
 */
export class TimeSlices {
  private started = performance.now();

  async pause(): Promise<void> {
    if (performance.now() - this.started < SLICE_MS) return;
    await yieldToIo();
    this.started = performance.now();
  }
}
