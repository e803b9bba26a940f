import { applyDecorators, type Type } from '@nestjs/common';
import { ApiHeader, ApiOkResponse } from '@nestjs/swagger';
import { LOG_POSITION_HEADER } from '../log-position.js';
import { LOG_POSITION_SCHEMA } from './api-write.decorator.js';

/**
 * A read of a read model: it answers X-Stale when the model was behind; with readYourWrites it
 * first waits (briefly) for the X-Log-Position a write answered.
 */
export function ApiRead(type: Type<unknown>, description: string, { readYourWrites }: { readYourWrites: boolean }): MethodDecorator {
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
    ApiOkResponse({
      type,
      description,
      headers: {
        'X-Stale': {
          description: 'present (true) when the read model had not caught up in time: the answer may miss recent writes',
          schema: { type: 'string', enum: ['true'] },
        },
      },
    }),
  );
}
