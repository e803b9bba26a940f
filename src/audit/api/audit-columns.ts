import type { CsvColumn } from '../../platform/http/csv/csv-column.js';
import type { AuditRecordView } from './audit.presenter.js';

/** The audit trail for a review in a spreadsheet: one request per row. */
export const AUDIT_COLUMNS: CsvColumn<AuditRecordView>[] = [
  { header: 'seq', value: (r) => r.seq },
  { header: 'at', value: (r) => r.at, instant: true },
  { header: 'actor', value: (r) => r.actor },
  { header: 'role', value: (r) => r.role },
  { header: 'purpose', value: (r) => r.purpose, text: true },
  { header: 'method', value: (r) => r.method },
  { header: 'route', value: (r) => r.route },
  { header: 'status', value: (r) => r.status },
  { header: 'personIds', value: (r) => r.personIds.join(' ') },
  { header: 'personCount', value: (r) => r.personCount },
  { header: 'hash', value: (r) => r.hash },
];
