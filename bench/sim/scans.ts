import { DayLog, Rec } from './day-log.js';
import type { PresenceLog } from './presence.js';
import type { Rng } from './random.js';
import { MINUTE, atSecond } from './time.js';

/** How real scanning fails: the rates of the benchmark issue. */
export const SCAN_FAULTS = { missedCheckOut: 0.1, missedCheckIn: 0.03, doubleScan: 0.03 };

/**
 * Turns true presence into the scans a gateway reports: a check-in on arrival and a check-out on
 * leaving, with missed and doubled scans, which the visit rules must repair.
 * Returns the next free check sequence number.
 */
export function scansOf(presence: PresenceLog, rng: Rng, log: DayLog, firstSeq: number): number {
  let seq = firstSeq;
  for (let i = 0; i < presence.length; i++) {
    const person = presence.person[i];
    const venue = presence.venue[i];
    const start = presence.start[i];
    if (!rng.chance(SCAN_FAULTS.missedCheckIn)) {
      log.add(start, Rec.CheckIn, person, venue, seq++);
      // A second scan a moment later: the phone seemed not to react.
      if (rng.chance(SCAN_FAULTS.doubleScan)) log.add(start + atSecond(rng.between(0.2, 3) * MINUTE), Rec.CheckIn, person, venue, seq++);
    }
    if (!rng.chance(SCAN_FAULTS.missedCheckOut)) log.add(presence.end[i], Rec.CheckOut, person, venue, seq++);
  }
  return seq;
}
