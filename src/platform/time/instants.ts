/** ISO 8601 with a date, a time and an explicit offset (Z or ±hh:mm); a local time is ambiguous. */
const INSTANT_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** No fact this service records happened before 2000: an earlier year is a typing error. */
export const EARLIEST_INSTANT = Date.UTC(2000, 0, 1);

export const INSTANT_FORMAT_MESSAGE = 'must be an ISO 8601 time with an explicit offset, e.g. 2021-07-10T08:00:00+07:00';

/**
 * Why a value is not an instant the API takes, or null when it is one. Date.parse shifts an
 * impossible date (2021-02-30, T24:00) to a real one, so the written fields must name a real
 * calendar date and time of day themselves.
 */
export function instantProblem(value: unknown): string | null {
  if (typeof value !== 'string') return INSTANT_FORMAT_MESSAGE;
  const m = INSTANT_WITH_OFFSET.exec(value);
  if (!m) return INSTANT_FORMAT_MESSAGE;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m.slice(1).map((part) => Number(part ?? 0));
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return 'must be a real calendar date and time of day (no 2021-02-30, no T24:00)';
  }
  if (offsetHours > 18 || offsetMinutes > 59) return 'must have an offset from -18:00 to +18:00';
  if (Date.parse(value) < EARLIEST_INSTANT) return 'must not be before the year 2000';
  return null;
}

export function isInstantWithOffset(value: unknown): value is string {
  return instantProblem(value) === null;
}

/** Whether year-month-day names a day of the Gregorian calendar (Date rolls Feb 30 over to March). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0-99 as they are
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseInstant(value: string): number {
  return Date.parse(value);
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function toIsoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : toIso(ms);
}
