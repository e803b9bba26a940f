import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader, ApiProduces } from '@nestjs/swagger';
import type { CsvExportSpec } from './csv-column.js';

export const CSV_EXPORT = 'csv-export';

/**
 * Marks a list route as exportable: with `Accept: text/csv` the CsvInterceptor answers the same
 * rows as CSV (the JSON answer's `next` goes into the `X-Next-Cursor` header). An export must say
 * why in X-Purpose (400 without it): the audit trail records it.
 */
export const CsvExport = <B, R>(spec: CsvExportSpec<B, R>): MethodDecorator =>
  applyDecorators(
    SetMetadata(CSV_EXPORT, spec),
    ApiProduces('application/json', 'text/csv'),
    ApiHeader({
      name: 'X-Purpose',
      required: false,
      description: 'why the data is read, kept in the audit trail (at most 200 characters); required with `Accept: text/csv`',
      schema: { type: 'string', maxLength: 200, example: 'F1 call list for case P1' },
    }),
  );
