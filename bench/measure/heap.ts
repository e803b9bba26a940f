import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The garbage collector as a function: `global.gc` under --expose-gc (npm run bench), otherwise
 * the flag is set at run time and the function fetched from a fresh context, so that an
 * in-process run (the Jest smoke test) measures live memory too rather than garbage.
 */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const gc = collector();

/** Heap in use after full collections (twice: the first may only queue finalizers). */
export function liveHeapBytes(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** The process's peak resident set so far, in bytes. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
