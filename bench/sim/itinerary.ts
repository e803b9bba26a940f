import { type LocalKind, type Province, districtOf, localVenue } from './province.js';
import type { Rng } from './random.js';
import { HOUR, MINUTE, atSecond, dayStart, isWeekday } from './time.js';

export type AddPresence = (person: number, venue: number, start: number, end: number) => void;

/**
 * One person's day: a weekday shift for workers (with the bus there and back for some), and short
 * visits to markets, eateries, the clinic and buses, each in its own slot of the day so that
 * nobody is in two places at once.
 */
export function planDay(province: Province, person: number, day: number, rng: Rng, add: AddPresence): void {
  const midnight = dayStart(day);
  const at = (hours: number): number => midnight + hours * HOUR;
  const home = districtOf(person);
  const local = (kind: LocalKind): number => localVenue(province, kind, home, rng);
  const visit = (venue: number, slotFrom: number, slotTo: number, minMinutes: number, maxMinutes: number): number => {
    const length = rng.between(minMinutes, maxMinutes) * MINUTE;
    const start = atSecond(slotFrom + rng.next() * Math.max(0, slotTo - slotFrom - length));
    const end = atSecond(start + length);
    add(person, venue, start, end);
    return end;
  };

  const work = province.workplace[person];
  if (work >= 0 && isWeekday(day)) {
    const shift = atSecond(at(7.5) + rng.between(-20, 30) * MINUTE);
    const bus = rng.chance(0.4);
    if (bus) {
      const ride = rng.between(15, 35) * MINUTE;
      const board = shift - ride - rng.between(3, 10) * MINUTE;
      visit(local('transport'), board, board + ride, ride / MINUTE, ride / MINUTE);
    }
    const shiftEnd = atSecond(shift + 8.5 * HOUR + rng.between(-20, 40) * MINUTE);
    add(person, work, shift, shiftEnd);
    let free = shiftEnd + 5 * MINUTE;
    if (bus && rng.chance(0.9)) free = visit(local('transport'), free, free + 40 * MINUTE, 15, 35) + 10 * MINUTE;
    const evening = Math.max(free, at(17.5));
    if (rng.chance(0.15)) visit(local('market'), evening, at(20), 15, 45);
    else if (rng.chance(0.1)) visit(local('restaurant'), evening, at(20), 45, 90);
    return;
  }

  if (rng.chance(0.35)) visit(local('market'), at(6), at(10.5), 20, 60);
  else if (rng.chance(0.02)) visit(local('clinic'), at(7.5), at(10.5), 20, 60);
  if (rng.chance(0.15)) visit(local('restaurant'), at(11), at(13.5), 30, 75);
  if (rng.chance(0.15)) {
    visit(local('transport'), at(14), at(15), 15, 35);
    visit(local('transport'), at(16), at(16.75), 15, 35);
  }
  if (rng.chance(0.1)) visit(local('restaurant'), at(17.5), at(20), 45, 90);
  else if (rng.chance(0.08)) visit(local('market'), at(17.5), at(20), 15, 45);
}
