/**
 * An instant as a wall-clock time in `timeZone`, `YYYY-MM-DD HH:mm:ss` (what a spreadsheet reads
 * as a date and time); '' for no instant. Intl holds the zone rules, so nothing is hand-computed.
 */
export function localTime(instant: string | number | null | undefined, timeZone: string): string {
  if (instant === null || instant === undefined || instant === '') return '';
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}
