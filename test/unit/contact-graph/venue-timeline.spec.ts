import { describe, expect, it } from '@jest/globals';
import { VenueTimeline } from '../../../libs/contact-graph/embedded/venue-timeline.js';
import type { Visit } from '../../../libs/exposure-rules/types.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2021-07-10T00:00:00Z');

/** A small seeded generator, so a failure names a reproducible case. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ids = (visits: readonly Visit[]): string[] => visits.map((v) => `${v.personId}@${v.start}-${v.end}`).sort();

describe('VenueTimeline', () => {
  it('finds a visit that began the day before and lasts past midnight', () => {
    const timeline = new VenueTimeline();
    const night = { personId: 'guard', venueId: 'V', start: T0 - 2 * HOUR, end: T0 + 6 * HOUR };
    timeline.add(night);
    timeline.add({ personId: 'early', venueId: 'V', start: T0 - 5 * HOUR, end: T0 - 4 * HOUR });
    expect(timeline.overlapping(T0 + 5 * HOUR, T0 + 7 * HOUR)).toEqual([night]);
  });

  it('answers like a scan of every visit, through adds and removes in any order', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = rng(seed);
      const timeline = new VenueTimeline();
      const live: Visit[] = [];
      for (let i = 0; i < 300; i++) {
        if (live.length > 0 && random() < 0.3) {
          const [gone] = live.splice(Math.floor(random() * live.length), 1);
          timeline.remove(gone);
          continue;
        }
        // Starts on the hour so that several visits share a start, lengths up to 13 hours.
        const start = T0 + Math.floor(random() * 96) * HOUR;
        const visit = { personId: `p${i}`, venueId: 'V', start, end: start + Math.floor(random() * 13 * 60) * 60_000 };
        live.push(visit);
        timeline.add(visit);
      }
      for (let q = 0; q < 50; q++) {
        const from = T0 + Math.floor(random() * 100 * 60) * 60_000;
        const to = from + Math.floor(random() * 10 * 60) * 60_000;
        const expected = live.filter((v) => v.start <= to && v.end >= from);
        expect(ids(timeline.overlapping(from, to))).toEqual(ids(expected));
      }
    }
  });
});
