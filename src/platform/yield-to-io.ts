/**
 * Lets pending I/O (HTTP requests, appends) run before the caller goes on: long background work
 * (recomputing alerts) awaits this between its parts so that it does not hold the event loop.
 */
export function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
