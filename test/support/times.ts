/** Durations and a readable instant for hand-written scenarios (2021-07, UTC). */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** '07-10 08:00' on 2021-07-xx in UTC, to keep the scenarios readable. */
export function t(monthDayTime: string): number {
  return Date.parse(`2021-${monthDayTime.replace(' ', 'T')}:00.000Z`);
}
