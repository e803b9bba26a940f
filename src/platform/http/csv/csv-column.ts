/** One column of a CSV export, read from a row of the list's JSON answer. */
export interface CsvColumn<R> {
  header: string;
  value(row: R): string | number | boolean | null | undefined;
  /** An instant (UTC ISO string): a second column beside it gives the time in TIME_ZONE. */
  instant?: boolean;
  /** Free text people typed (names, addresses): a leading =, +, - or @ is defused for spreadsheets. */
  text?: boolean;
  /** A person's details: left out for roles that may not see them. */
  personal?: boolean;
}

/** What a list's CSV export is made of: its rows in the JSON answer, and its columns. */
export interface CsvExportSpec<B = unknown, R = unknown> {
  /** The download's file name, without `.csv`. */
  filename: string;
  rows(body: B): R[];
  columns: CsvColumn<R>[];
}
