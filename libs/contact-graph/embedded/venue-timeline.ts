import type { Visit } from '../../exposure-rules/types.js';

const DAY_MS = 86_400_000;

/**
 * Visits at one venue, bucketed by the day they start. A visit lasts at most `maxVisitMs`, so the
 * visits meeting [from, to] start in the buckets from day(from - maxVisitMs) to day(to): a query
 * reads a few days of one venue, never the province.
 */
export class VenueTimeline {
  private readonly days = new Map<number, Visit[]>();

  constructor(private readonly maxVisitMs: number) {}

  add(visit: Visit): void {
    const day = Math.floor(visit.start / DAY_MS);
    const bucket = this.days.get(day);
    if (bucket) bucket.push(visit);
    else this.days.set(day, [visit]);
  }

  remove(visit: Visit): void {
    const day = Math.floor(visit.start / DAY_MS);
    const bucket = this.days.get(day);
    if (!bucket) return;
    const i = bucket.indexOf(visit);
    if (i < 0) return;
    bucket[i] = bucket[bucket.length - 1];
    bucket.pop();
    if (bucket.length === 0) this.days.delete(day);
  }

  overlapping(from: number, to: number): Visit[] {
    const out: Visit[] = [];
    const last = Math.floor(to / DAY_MS);
    for (let day = Math.floor((from - this.maxVisitMs) / DAY_MS); day <= last; day++) {
      for (const v of this.days.get(day) ?? []) if (v.start <= to && v.end >= from) out.push(v);
    }
    return out;
  }
}
