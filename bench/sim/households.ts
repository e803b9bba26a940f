import { DayLog, Rec } from './day-log.js';
import type { Outbreak } from './outbreak.js';
import type { Province } from './province.js';
import type { Rng } from './random.js';
import { HOUR, MINUTE, atSecond, dayStart } from './time.js';

/**
 * Evenings at home: each pair of household members gets a recorded household contact per day,
 * unless one of them has been taken to hospital or a centralized quarantine site.
 */
export function householdEvenings(province: Province, outbreak: Outbreak, day: number, rng: Rng, log: DayLog): void {
  const evening = dayStart(day) + 20 * HOUR;
  for (let h = 0; h < province.householdFirst.length; h++) {
    const size = province.householdSize[h];
    if (size < 2) continue;
    const first = province.householdFirst[h];
    const from = atSecond(evening + rng.between(0, 30) * MINUTE);
    const to = atSecond(evening + 2 * HOUR + rng.between(0, 60) * MINUTE);
    for (let a = first; a < first + size; a++) {
      if (outbreak.homeUntil[a] <= from) continue;
      for (let b = a + 1; b < first + size; b++) {
        if (outbreak.homeUntil[b] > from) log.add(from, Rec.Household, a, b, to);
      }
    }
  }
}
