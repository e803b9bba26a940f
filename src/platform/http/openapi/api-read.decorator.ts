import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { NEXT_CURSOR_HEADER } from '../csv/csv.interceptor.js';
import { LOG_POSITION_HEADER } from '../log-position.js';
import { LOG_POSITION_SCHEMA } from './api-write.decorator.js';

export interface ApiReadOptions {
  readYourWrites: boolean;
  /** The list is also answered as CSV (`@CsvExport`): documented as text, not as the JSON schema. */
  csv?: boolean;
}

/**
 * A read of a read model: it answers X-Stale when the model was behind; with readYourWrites it
 * first waits (briefly) for the X-Log-Position a write answered.
 */
export function ApiRead(type: Type<unknown>, description: string, { readYourWrites, csv = false }: ApiReadOptions): MethodDecorator {
  return applyDecorators(
    ...(readYourWrites
      ? [
          ApiHeader({
            name: LOG_POSITION_HEADER,
            required: false,
            description: "an earlier write's X-Log-Position: the answer reflects that write, or says X-Stale",
            schema: { ...LOG_POSITION_SCHEMA },
          }),
        ]
      : []),
    ApiExtraModels(type),
    // The content is spelled out, so that a CSV export's text/csv is not documented with the JSON schema.
    ApiOkResponse({
      description,
      headers: {
        'X-Stale': {
          description: 'present (true) when the read model had not caught up in time: the answer may miss recent writes',
          schema: { type: 'string', enum: ['true'] },
        },
        ...(csv
          ? { [NEXT_CURSOR_HEADER]: { description: 'CSV only: the `next` of the JSON answer (absent on the last page)', schema: { type: 'string' } } }
          : {}),
      },
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        ...(csv ? { 'text/csv': { schema: { type: 'string', description: 'the same rows with `Accept: text/csv`: a header line, then one line per row' } } } : {}),
      },
    }),
  );
}
