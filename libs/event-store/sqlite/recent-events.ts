import type { StoredEvent } from '../event-store.port.js';

/** Enough for the appends of a few batches to be read by every subscription once. */
const MAX_EVENTS = 20_000;

/**
 * The latest events of the log as one subscription read them, for this process's other
 * subscriptions to take instead of reading and parsing the same rows again: they all follow the
 * head, so each append is read by every one of them right after it.
 *
 * Holds one run of the log without holes: every event with `lower < position <= upper`, in order.
 * A read that continues the run extends it; one elsewhere replaces it only when it reached the
 * head (a subscription replaying history must not push the head's events out).
 */
export class RecentEvents {
  private events: StoredEvent[] = [];
  private lower: bigint | null = null;
  private upper: bigint | null = null;

  /** Up to `limit` events after `after`, or null when the run does not cover that place. */
  after(after: bigint | null, limit: number): StoredEvent[] | null {
    if (!this.covers(after) || after === this.upper) return null;
    const start = after === null ? 0 : firstAfter(this.events, after);
    return this.events.slice(start, start + limit);
  }

  /** What the log answered to a read of up to `limit` events after `after`. */
  add(after: bigint | null, limit: number, read: StoredEvent[]): void {
    if (read.length === 0) return;
    const last = read[read.length - 1].position;
    if (this.covers(after)) {
      if (last <= this.upper!) return;
      this.events.push(...read.slice(firstAfter(read, this.upper!)));
    } else if (read.length < limit) {
      this.events = read.slice();
      this.lower = after;
    } else return;
    this.upper = last;
    const excess = this.events.length - MAX_EVENTS;
    if (excess > 0) {
      this.lower = this.events[excess - 1].position;
      this.events = this.events.slice(excess);
    }
  }

  /** After events were deleted from the log. */
  clear(): void {
    this.events = [];
    this.lower = null;
    this.upper = null;
  }

  /** Whether the run holds every event right after `after` that the log held when it was read. */
  private covers(after: bigint | null): boolean {
    if (this.upper === null) return false;
    if (after === null) return this.lower === null;
    return (this.lower === null || after >= this.lower) && after <= this.upper;
  }
}

/** Index of the first event after `position` (events in position order). */
function firstAfter(events: StoredEvent[], position: bigint): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].position <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
