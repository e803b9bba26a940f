import { applyDecorators, type Type } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { LOG_POSITION_HEADER } from '../log-position.js';

/** The log position a write reached: sent back on a read, it makes that read see this write. */
export const LOG_POSITION_SCHEMA = { type: 'string', pattern: '^\\d{1,20}$', example: '1042' } as const;

/**
 * A write's answer, with what every write shares: the Idempotency-Key (a retry with the same key
 * changes nothing and answers the same), the correlation id, and the X-Log-Position it reached.
 */
export function ApiWrite(status: 200 | 201 | 202 | 207, type: Type<unknown>, description: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'a retry with the same key writes nothing new and answers as the first time',
      schema: { type: 'string', minLength: 1, maxLength: 128, example: '5b0c8f2e-retry-1' },
    }),
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description: 'recorded with the events the request causes (a new one when omitted)',
      schema: { type: 'string', minLength: 1, maxLength: 128 },
    }),
    ApiResponse({
      status,
      type,
      description,
      headers: {
        [LOG_POSITION_HEADER]: {
          description: 'the log position this write reached; send it on a later read to read your writes',
          schema: { ...LOG_POSITION_SCHEMA },
        },
      },
    }),
  );
}
