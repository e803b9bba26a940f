/** Wall-clock times in a configured zone (TIME_ZONE), for people reading exports; the API itself answers in UTC. */

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  return format;
}

/** `2021-07-10 08:00:00` for 2021-07-10T01:00:00Z in Asia/Ho_Chi_Minh: a form spreadsheets read as a date and time. */
export function localDateTime(instant: number | string, zone: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant;
  const parts = Object.fromEntries(formatIn(zone).formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
