import type { Visit } from '../../exposure-rules/types.js';
import { firstStartingAt } from '../../exposure-rules/sorted-by-start.js';

const DAY_MS = 86_400_000;

/**
 * Visits at one venue, bucketed by the day they start and sorted by start within a day. No visit
 * here lasts longer than the longest one added, so the visits meeting [from, to] start between
 * from - longest and to: a query reads that slice of one venue, not whole days of a busy market.
 */
export class VenueTimeline {
  private readonly days = new Map<number, Visit[]>();
  /** Never shrinks on removal: a bound that is too wide costs a little reading, never an answer. */
  private longest = 0;

  add(visit: Visit): void {
    const day = Math.floor(visit.start / DAY_MS);
    const bucket = this.days.get(day);
    if (bucket) bucket.splice(firstStartingAt(bucket, visit.start + 1), 0, visit);
    else this.days.set(day, [visit]);
    this.longest = Math.max(this.longest, visit.end - visit.start);
  }

  remove(visit: Visit): void {
    const day = Math.floor(visit.start / DAY_MS);
    const bucket = this.days.get(day);
    if (!bucket) return;
    for (let i = firstStartingAt(bucket, visit.start); i < bucket.length && bucket[i].start === visit.start; i++) {
      if (bucket[i] !== visit) continue;
      bucket.splice(i, 1);
      if (bucket.length === 0) this.days.delete(day);
      return;
    }
  }

  overlapping(from: number, to: number): Visit[] {
    const out: Visit[] = [];
    const earliestStart = from - this.longest;
    const last = Math.floor(to / DAY_MS);
    for (let day = Math.floor(earliestStart / DAY_MS); day <= last; day++) {
      const bucket = this.days.get(day);
      if (!bucket) continue;
      for (let i = firstStartingAt(bucket, earliestStart); i < bucket.length && bucket[i].start <= to; i++) {
        if (bucket[i].end >= from) out.push(bucket[i]);
      }
    }
    return out;
  }
}
