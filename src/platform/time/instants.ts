/** ISO 8601 with a date, a time and an explicit offset (Z or ±hh:mm); a local time is ambiguous. */
const INSTANT_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function isInstantWithOffset(value: unknown): value is string {
  return typeof value === 'string' && INSTANT_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
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
