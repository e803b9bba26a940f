import { FieldError, InvalidInputError } from '../errors.js';
import { isCalendarDate, toIso } from './instants.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Nobody alive was born earlier: an earlier year is a typing error. */
export const EARLIEST_BIRTH_YEAR = 1900;

/** The most any zone is ahead of UTC (UTC+14, Kiribati): no date later than that zone's today has begun anywhere. */
const LATEST_ZONE_MS = 14 * 3_600_000;

/** Why a value is not a date of birth (YYYY-MM-DD, a real day, from 1900), or null when it is one. */
export function birthDateProblem(value: unknown): string | null {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (!m) return 'must be a date without a time, e.g. 1980-05-17';
  const [year, month, day] = m.slice(1).map(Number);
  if (!isCalendarDate(year, month, day)) return 'must be a real calendar date (no 1980-02-30)';
  if (year < EARLIEST_BIRTH_YEAR) return `must not be before ${EARLIEST_BIRTH_YEAR}`;
  return null;
}

/**
 * A date of birth may not lie in the future. The clock is an instant and a date has no zone, so
 * "the future" is after the date it is now in the zone furthest ahead (UTC+14): a date that has
 * begun somewhere is accepted, whatever zone the person was born in.
 */
export function assertBornByNow(dates: Record<string, string | null | undefined>, now: number): void {
  const latestToday = toIso(now + LATEST_ZONE_MS).slice(0, 10);
  const errors: FieldError[] = [];
  for (const [field, date] of Object.entries(dates)) {
    if (date && date > latestToday) errors.push({ field, message: 'must not be in the future' });
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
}
