import { stringify } from 'csv-stringify/sync';
import { localDateTime } from '../../time/local-time.js';
import type { CsvColumn } from './csv-column.js';

export interface CsvOptions {
  timeZone: string;
  /** Whether the caller may see the columns marked `personal`. */
  personal: boolean;
}

/**
 * Rows as CSV for spreadsheet programs: UTF-8 with a byte order mark (without it Excel reads
 * "Nguyễn" as mojibake), CRLF line ends, a header row, and each instant twice: UTC as the API
 * gives it, and the wall-clock time in TIME_ZONE that the rapid-response team works in.
 */
export function toCsv<R>(rows: readonly R[], columns: readonly CsvColumn<R>[], options: CsvOptions): string {
  const shown = columns.filter((c) => options.personal || !c.personal);
  const header = shown.flatMap((c) => (c.instant ? [c.header, `${c.header} (${options.timeZone})`] : [c.header]));
  const records = rows.map((row) =>
    shown.flatMap((c) => {
      const value = c.value(row) ?? null;
      if (c.instant) return [value, value === null ? null : localDateTime(String(value), options.timeZone)];
      return [c.text && typeof value === 'string' ? defused(value) : value];
    }),
  );
  return stringify([header, ...records], { bom: true, record_delimiter: 'windows', cast: { boolean: (b) => String(b) } });
}

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is run as a formula by spreadsheet
 * programs; a leading apostrophe shows it as the text it is (OWASP "CSV injection").
 */
function defused(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
