import { ApiParam, ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ID_PATTERN } from '../../ids.js';

/** The OpenAPI shapes of the platform's value types, so every DTO and answer documents them alike. */

/** An id a client may choose: `^[A-Za-z0-9_.:-]{1,64}$`. */
export const ID_SCHEMA = { type: 'string', pattern: ID_PATTERN.source } as const;

export const ApiIdProperty = (options: ApiPropertyOptions = {}): PropertyDecorator =>
  ApiProperty({ ...ID_SCHEMA, ...options } as ApiPropertyOptions);

/** An instant: ISO 8601 with an offset in requests, UTC (`…Z`) in answers. */
export const ApiInstantProperty = (options: ApiPropertyOptions = {}): PropertyDecorator =>
  ApiProperty({ type: 'string', format: 'date-time', example: '2021-07-10T01:00:00.000Z', ...options } as ApiPropertyOptions);

/** A path parameter holding an id (checked against the id pattern by the global IdParamsPipe). */
export const ApiIdParam = (name: string, description: string, example = 'P1'): MethodDecorator =>
  ApiParam({ name, description, example, schema: { ...ID_SCHEMA } });
