import type { EventEmitter } from 'node:events';

/**
 * Waits that a stopping subscription can cut short: every wait of a subscription loop takes its
 * AbortSignal, so `stop()` never has to sit out a poll interval or a reconnection backoff.
 */

/** Resolves after `ms`, or as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return firstOf(ms, signal);
}

/** Resolves on the next `event` of `emitter`, after `ms` at the latest, or when `signal` aborts. */
export function nextEvent(emitter: EventEmitter, event: string, ms: number, signal: AbortSignal): Promise<void> {
  return firstOf(ms, signal, emitter, event);
}

function firstOf(ms: number, signal: AbortSignal, emitter?: EventEmitter, event?: string): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      if (emitter && event) emitter.off(event, done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    if (emitter && event) emitter.once(event, done);
  });
}

/** A promise that settles when `signal` aborts, and a way to drop its listener when no longer needed. */
export function whenAborted(signal: AbortSignal): { aborted: Promise<typeof ABORTED>; dispose(): void } {
  let onAbort = () => {};
  const aborted = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    if (signal.aborted) resolve(ABORTED);
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return { aborted, dispose: () => signal.removeEventListener('abort', onAbort) };
}

export const ABORTED = Symbol('aborted');

export interface Backoff {
  minDelayMs: number;
  maxDelayMs: number;
}

/** Exponential backoff with jitter, so that many subscriptions do not reconnect in lockstep. */
export function backoffDelay(failures: number, { minDelayMs, maxDelayMs }: Backoff): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(failures, 20));
  return Math.max(minDelayMs, Math.round(ceiling * (0.5 + Math.random() / 2)));
}
