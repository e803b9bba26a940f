import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/** One CSV column: its header and how a row gives its cell. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** Spreadsheets (Excel in particular) read UTF-8 without mojibake only when the file starts with a BOM. */
const BOM = '\uFEFF';

/** The rows as RFC 4180 CSV with a header line, UTF-8 with BOM, CRLF line ends. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const records = rows.map((row) => columns.map((c) => c.value(row) ?? ''));
  return BOM + stringify(records, { header: true, columns: columns.map((c) => c.header), record_delimiter: 'windows' });
}

/** Whether the client asked for CSV rather than JSON (Accept: text/csv). */
export function wantsCsv(accept: string | undefined): boolean {
  return /(^|,)\s*text\/csv\s*(;|,|$)/i.test(accept ?? '');
}

/** Sets a CSV attachment's headers and returns its body, for a handler to return (Nest sends it as is). */
export function csvBody<T>(res: Response, filename: string, rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  return toCsv(rows, columns);
}
