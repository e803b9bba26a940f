/** Simulated time: epoch milliseconds, shown in the province's local time (UTC+07:00). */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const OFFSET = 7 * HOUR;

/** Local midnight of a Monday, so that day 0-4 are weekdays. */
export const SIM_START = Date.parse('2021-07-05T00:00:00+07:00');

export function dayStart(day: number): number {
  return SIM_START + day * DAY;
}

export function isWeekday(day: number): boolean {
  return day % 7 < 5;
}

/** `2021-07-05T08:00:00+07:00`: the API takes instants with an explicit offset, as gateways send them. */
export function localIso(ms: number): string {
  return `${new Date(Math.round(ms / 1000) * 1000 + OFFSET).toISOString().slice(0, 19)}+07:00`;
}

/** Whole seconds: scanners stamp seconds, and it keeps the NDJSON and the log in exact agreement. */
export function atSecond(ms: number): number {
  return Math.round(ms / 1000) * 1000;
}
