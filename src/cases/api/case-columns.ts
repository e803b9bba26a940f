import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import type { presentCasePage } from './cases.presenter.js';

export type CaseCsvRow = ReturnType<typeof presentCasePage>['cases'][number];

/** Every level a `depth` may ask for (MAX_DEPTH is at most 5): a level not counted stays empty. */
const LEVELS = ['F1', 'F2', 'F3', 'F4', 'F5'];

/** The case list for a briefing: one case per row, its window, and its count at each level asked for. */
export const CASE_COLUMNS: CsvColumn<CaseCsvRow>[] = [
  { header: 'personId', value: (c) => c.personId },
  { header: 'fullName', value: (c) => c.fullName, personal: true, text: true },
  { header: 'phone', value: (c) => c.phone, personal: true },
  { header: 'unit', value: (c) => c.unit, personal: true, text: true },
  { header: 'active', value: (c) => c.active },
  { header: 'confirmedAt', value: (c) => c.confirmedAt, instant: true },
  { header: 'infectiousFrom', value: (c) => c.infectiousFrom, instant: true },
  { header: 'infectiousUntil', value: (c) => c.infectiousUntil, instant: true },
  ...LEVELS.map((level) => ({ header: level, value: (c: CaseCsvRow) => c.counts?.[level] })),
];
