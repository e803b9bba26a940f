import type { Interval } from './types.js';

/**
 * The intersection of two closed intervals, or null when they do not meet. Touching
 * intervals meet in a single instant (a zero-length interval): DESIGN treats intervals as closed.
 */
export function intersect(a: Interval, b: Interval): Interval | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}

/** Length in milliseconds; a single instant has length 0. */
export function lengthOf(i: Interval): number {
  return i.end - i.start;
}
