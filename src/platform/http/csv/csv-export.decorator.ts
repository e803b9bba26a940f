import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { CsvExportSpec } from './csv-column.js';

export const CSV_EXPORT = 'csv-export';

/**
 * Marks a list route as exportable: with `Accept: text/csv` the CsvInterceptor answers the same
 * rows as CSV (the JSON answer's `next` goes into the `X-Next-Cursor` header).
 */
export const CsvExport = <B, R>(spec: CsvExportSpec<B, R>): MethodDecorator =>
  applyDecorators(SetMetadata(CSV_EXPORT, spec), ApiProduces('application/json', 'text/csv'));
